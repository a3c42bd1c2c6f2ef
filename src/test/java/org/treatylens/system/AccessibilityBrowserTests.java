package org.treatylens.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page in a real headless Chromium at 1366 px and at 390 px: no axe-core
 * violation, nothing wider than a phone's screen, a description and a title in the one
 * style; the header fits a phone; the favicon is served. Screenshots of each page at both
 * widths go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTests {

	/** The pages a reader meets, with the name of their screenshots. */
	static final Map<String, String> PAGES = Map.of("home", "/", "article", "/articles/3", "compare",
			"/compare?article=3", "coverage", "/coverage", "search", "/search?q=sanctions", "documents", "/documents",
			"source", "/documents/not-a-military-alliance", "uncovered", "/coverage?uncovered=true", "search-help",
			"/search/help", "login", "/login");

	/** The editor's pages, checked signed in. */
	static final Map<String, String> EDITOR_PAGES = Map.of("import", "/import");

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@Test
	void theMainPagesHaveNoAxeViolationsAndFitAPhone() {
		List<String> problems = new ArrayList<>();
		for (Dimension size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
			chromium.width(size);
			List<Map.Entry<String, String>> pages = new ArrayList<>(PAGES.entrySet());
			pages.addAll(EDITOR_PAGES.entrySet());
			for (Map.Entry<String, String> page : pages) {
				if (EDITOR_PAGES.containsKey(page.getKey())) {
					chromium.signIn();
				}
				chromium.open(page.getValue());
				assertThat(chromium.driver().getCurrentUrl()).as("%s opened", page.getValue())
					.doesNotContain("/login?");
				String where = page.getValue() + " at " + size.getWidth() + " px";
				for (Map<String, Object> violation : chromium.axeViolations()) {
					problems.add(where + ": " + violation);
				}
				long overflow = ((Number) chromium
					.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
					.longValue();
				if (overflow > 0) {
					problems.add(where + ": the page is " + overflow + " px wider than the screen");
				}
				String description = (String) chromium
					.js("var m = document.querySelector('meta[name=description]'); return m ? m.content : '';");
				if (description.isBlank()) {
					problems.add(where + ": no meta description");
				}
				String title = chromium.driver().getTitle();
				if (!title.endsWith(" \u00b7 TreatyLens") || title.contains("\u2014")) {
					problems.add(where + ": title \"" + title + "\" is not \"… · TreatyLens\"");
				}
				chromium.screenshot(page.getKey() + ((size == Chromium.PHONE) ? "-390" : "-1366"));
				chromium.signOut();
			}
		}
		assertThat(problems).as("accessibility and layout problems").isEmpty();
	}

	@Test
	void theHeaderFitsAPhoneWithoutWrapping() {
		chromium.width(Chromium.PHONE);
		chromium.open("/articles/3");
		WebElement header = chromium.driver().findElement(By.className("site-header"));
		assertThat(header.getRect().getHeight()).as("header height on a phone").isLessThanOrEqualTo(64);
		for (WebElement link : chromium.driver().findElements(By.cssSelector(".nav a"))) {
			assertThat(link.getRect().getHeight()).as("menu entry %s on one line", link.getText()).isLessThan(30);
		}
		chromium.width(Chromium.DESKTOP);
	}

	@Test
	void theSearchPageHasOneSearchLandmarkAndOneQueryBox() {
		chromium.width(Chromium.DESKTOP);
		chromium.open("/search?q=%22mutual+defence%22");
		assertThat(chromium.driver().findElements(By.cssSelector("[role=search], search"))).hasSize(1);
		assertThat(chromium.driver().findElements(By.cssSelector("input[type=search]"))).hasSize(1);
		assertThat(chromium.driver().findElements(By.cssSelector("main select[name=sort]"))).hasSize(1);
		String heading = chromium.driver().findElement(By.id("results-title")).getText();
		assertThat(heading).contains("\"mutual defence\"").doesNotContain("\u201c\"").doesNotContain("\"\u201d");
	}

	@Test
	void theImportFormsSlugPatternIsCheckedByTheBrowser() {
		chromium.width(Chromium.DESKTOP);
		chromium.signIn();
		chromium.open("/import");
		WebElement slug = chromium.driver().findElement(By.id("doc-slug"));
		slug.sendKeys("Not A Slug");
		assertThat(chromium.js("return arguments[0].validity.patternMismatch;", slug))
			.as("an invalid pattern would be ignored by the browser")
			.isEqualTo(true);
		slug.clear();
		slug.sendKeys("a-good-slug-2");
		assertThat(chromium.js("return arguments[0].validity.valid;", slug)).isEqualTo(true);
		chromium.signOut();
	}

	@Test
	void theFaviconIsServed() throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			for (String icon : List.of("/favicon.ico", "/favicon.svg", "/samples/commentary-sample.txt")) {
				HttpResponse<byte[]> response = client.send(
						HttpRequest.newBuilder(URI.create(chromium.base() + icon)).build(),
						HttpResponse.BodyHandlers.ofByteArray());
				assertThat(response.statusCode()).as(icon).isEqualTo(200);
				assertThat(response.body()).as(icon).isNotEmpty();
			}
		}
	}

}
