package org.treatylens.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the real server shows: the session cookie's attributes, an upload over the
 * limit answered with a problem (not a reset connection), and permalinks built from the
 * configured address whatever Host header a client sends.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "treatylens.base-url=https://treatylens.example/")
class WebServerFlowTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private CorpusJobs jobs;

	@LocalServerPort
	private int port;

	@Test
	void theSessionCookieStaysOnThisSiteAndAwayFromScripts() throws Exception {
		HttpResponse<String> login = this.http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).contains("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
	}

	@Test
	void anApiUploadOverTheLimitIs413WithAProblem() throws Exception {
		byte[] large = new byte[12 * 1024 * 1024];
		HttpResponse<String> api = this.http.send(request("/api/import/documents").header("Authorization", basic())
			.header("Content-Type", "multipart/form-data; boundary=x")
			.POST(HttpRequest.BodyPublishers.ofByteArray(large))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"status\":413").contains("larger than the limit");
		assertHasSecurityHeaders(api);
	}

	@Test
	void aFormUploadOverTheLimitIs413WithAWholePageSayingSo() throws Exception {
		byte[] large = new byte[12 * 1024 * 1024];
		for (String path : new String[] { "/import/document", "/import/treaty" }) {
			HttpResponse<String> page = this.http
				.send(request(path).header("Content-Type", "multipart/form-data; boundary=x")
					.header("Accept", "text/html")
					.POST(HttpRequest.BodyPublishers.ofByteArray(large))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).as(path).isEqualTo(413);
			assertThat(page.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(page.body()).as(path)
				.contains("<h1>The file is too large</h1>")
				.contains("Uploads are limited to 10MB a file.")
				.contains("Back to the import page")
				.contains("</html>");
			assertHasSecurityHeaders(page);
		}
	}

	/** Answers written by filters ahead of Spring Security carry its headers too. */
	private static void assertHasSecurityHeaders(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("frame-ancestors 'none'"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

	@Test
	void anUnknownApiRouteIsAProblemAlsoThroughTheRealServer() throws Exception {
		HttpResponse<String> missing = this.http.send(request("/api/nothing/here").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(missing.body()).doesNotContain("timestamp");
	}

	@Test
	void permalinksUseTheConfiguredAddressNotTheHostHeader() throws IOException {
		JobQueue.awaitIdle(this.jobs);
		for (String path : new String[] { "/articles/3", "/documents/crescent-jonkers",
				"/api/documents/crescent-jonkers", "/api/articles/3/passages", "/api/search?q=sanctions&mode=words" }) {
			assertThat(withForgedHost(path)).as(path)
				.startsWith("HTTP/1.1 200")
				.contains("https://treatylens.example/")
				.doesNotContain("evil.example");
		}
		assertThat(withForgedHost("/articles/3")).contains("https://treatylens.example/articles/3#para-");
	}

	@Test
	void anApiListsLinkHeaderNeverCarriesTheHostHeader() throws IOException {
		String response = withForgedHost("/api/documents?size=2");
		assertThat(response).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
		String link = response.lines()
			.filter((line) -> line.regionMatches(true, 0, "Link:", 0, 5))
			.findFirst()
			.orElseThrow();
		assertThat(link).contains("</api/documents?page=2&size=2>; rel=\"next\"");
	}

	/** The raw response to a GET whose Host header names another site. */
	private String withForgedHost(String path) throws IOException {
		// java.net.http refuses to set Host, so speak HTTP directly (1.0: an unchunked
		// body)
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.0\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void healthIsPublicWithoutDetailsAndHasProbes() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> health = this.http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).as(path).isEqualTo(200);
			assertThat(health.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components");
		}
		HttpResponse<String> detailed = this.http.send(
				request("/actuator/health").header("Authorization", basic()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(detailed.body()).contains("\"db\"");
	}

	@Test
	void healthSaysWhereTheSearchIndexAndTheJobsAre() throws Exception {
		JobQueue.awaitIdle(this.jobs);
		String body = this.http
			.send(request("/actuator/health").header("Authorization", basic()).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(body).contains("\"searchIndex\":{\"details\":{\"state\":\"ok\"")
			.contains("\"corpusJobs\":{\"details\":{\"pending\":0,\"failed\":0},\"status\":\"UP\"}");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder()
			.encodeToString((TestEditor.USERNAME + ":" + TestEditor.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
