package org.treatylens.system;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API page in a real headless Chromium, under the app's Content-Security-Policy: it
 * shows every endpoint, loads nothing but the app's own files, and the browser reports no
 * refused script, style or image.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiPageBrowserTests {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@Test
	void theApiPageShowsEveryEndpointFromTheAppsOwnFilesWithNothingRefused() throws IOException {
		String base = chromium.base();
		WebDriver browser = chromium.driver();
		chromium.width(Chromium.DESKTOP);
		browser.get(base + "/");
		browser.findElement(By.linkText("API")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 8));
		assertThat(browser.getCurrentUrl()).startsWith(base + "/swagger-ui/");
		assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("TreatyLens API");
		assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")))
			.extracting((path) -> path.getAttribute("data-path"))
			.contains("/api/articles/{number}/passages", "/api/search", "/articles/export.csv");

		@SuppressWarnings("unchecked")
		List<String> fetched = (List<String>) ((JavascriptExecutor) browser)
			.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
		assertThat(fetched).isNotEmpty().allSatisfy((url) -> assertThat(url).startsWith(base + "/"));
		List<String> problems = chromium.consoleProblems();
		assertThat(problems).as("console errors and warnings").isEmpty();

		chromium.screenshot("api");
	}

}
