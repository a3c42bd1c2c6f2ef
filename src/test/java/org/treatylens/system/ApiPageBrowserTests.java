package org.treatylens.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API page in a real headless Chromium, under the app's Content-Security-Policy: it
 * shows every endpoint, loads nothing but the app's own files, and the browser reports no
 * refused script, style or image.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiPageBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static WebDriver browser;

	private static Path profile;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("The browser tests need Debian's Chromium and its driver at " + CHROMIUM
					+ " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
		}
		profile = Files.createTempDirectory("treatylens-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1300,1500", "--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build(), options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theApiPageShowsEveryEndpointFromTheAppsOwnFilesWithNothingRefused() throws IOException {
		String base = "http://localhost:" + this.port;
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
		List<String> problems = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.toList();
		assertThat(problems).as("console errors and warnings").isEmpty();

		Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
		Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
				screenshots.resolve("api.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

}
