package org.treatylens.system;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the real server sends over HTTP: the start-up log names the address to open, text
 * is compressed, and static assets are linked under content-hashed names that may be
 * cached for a year.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class DeliveryTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ReadyAnnouncement announcement;

	@Autowired
	private ConfigurableApplicationContext context;

	@Test
	void theStartUpLogSaysWhereTheAppIsReady(CapturedOutput output) {
		// the context may have started before this class's capture began (it is cached
		// across test classes): announce again, as at the end of a start
		this.announcement
			.announce(new ApplicationReadyEvent(new SpringApplication(), new String[0], this.context, Duration.ZERO));
		assertThat(output.getAll()).contains("TreatyLens is ready at http://localhost:" + this.port + "/");
	}

	@Test
	void pagesAndTheApiAreSentGzippedToClientsThatAcceptIt() throws Exception {
		for (String path : new String[] { "/", "/api/articles", "/swagger-ui/swagger-ui.css" }) {
			HttpResponse<byte[]> response = get(path, true);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			String text = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
					StandardCharsets.UTF_8);
			assertThat(text).as(path).isNotBlank();
		}
		assertThat(get("/", false).headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void oneResourceUrlFilterEncodesLinksAndItLooksUpOnlyFiles(
			@Autowired java.util.List<org.springframework.boot.web.servlet.FilterRegistrationBean<?>> registrations,
			@Autowired java.util.List<jakarta.servlet.Filter> filters) {
		// Spring Boot's own would look up every page link on the classpath
		assertThat(registrations.stream()
			.map(org.springframework.boot.web.servlet.FilterRegistrationBean::getFilter)
			.filter(org.springframework.web.servlet.resource.ResourceUrlEncodingFilter.class::isInstance)
			.toList()).singleElement().isInstanceOf(AssetUrlEncodingFilter.class);
		assertThat(filters)
			.noneMatch(org.springframework.web.servlet.resource.ResourceUrlEncodingFilter.class::isInstance);
	}

	@Test
	void staticAssetsAreLinkedUnderTheirContentHashAndCachedForAYear() throws Exception {
		String page = new String(get("/", false).body(), StandardCharsets.UTF_8);
		Matcher stylesheet = STYLESHEET.matcher(page);
		assertThat(stylesheet.find()).as("a versioned stylesheet link in " + page).isTrue();
		assertThat(page).containsPattern("src=\"/js/app-[0-9a-f]{32}\\.js\"").doesNotContain("href=\"/css/app.css\"");
		HttpResponse<byte[]> css = get(stylesheet.group(1), false);
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000").contains("public"));
		assertThat(new String(css.body(), StandardCharsets.UTF_8))
			.isEqualTo(new String(get("/css/app.css", false).body(), StandardCharsets.UTF_8));
	}

	private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
