package org.treatylens.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's path through the app in a real headless Chromium (Debian's chromium and
 * chromium-driver): home, an article, a source switched off, two sources compared, a
 * passage opened in its document; the search box; the coverage map. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadingBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static WebDriver browser;

	private static Path profile;

	@LocalServerPort
	private int port;

	@Autowired
	private CorpusJobs jobs;

	@BeforeEach
	void waitForTheStartUpJobs() {
		JobQueue.awaitIdle(this.jobs);
	}

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
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void readAnArticleSwitchASourceOffCompareTwoSourcesAndOpenAPassage() {
		open("/");
		click(By.cssSelector("main a[href='/articles/3']"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Article 3");
		assertThat(browser.findElements(By.cssSelector(".paragraph"))).hasSize(4);
		List<WebElement> groups = browser.findElements(By.cssSelector(".source-group"));
		assertThat(groups).hasSizeGreaterThanOrEqualTo(2);
		assertThat(browser.findElements(By.cssSelector(".passage mark"))).isNotEmpty();
		screenshot("article");

		// "Cite": the citation is on the page; the button (shown by the script) copies it
		// (the first cards shown are in the source groups: verbatim quotes are folded
		// above them)
		WebElement cite = browser.findElement(By.cssSelector(".source-group .passage details.cite"));
		cite.findElement(By.tagName("summary")).click();
		assertThat(cite.findElement(By.className("cite__text")).getText()).contains("/passages/");
		WebElement copy = cite.findElement(By.className("js-copy"));
		assertThat(copy.isDisplayed()).isTrue();
		copy.click();
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until((d) -> !cite.findElement(By.className("copy-status")).getText().isBlank());
		// headless Chromium may refuse the clipboard: then the reader is told to copy by
		// hand
		assertThat(cite.findElement(By.className("copy-status")).getText()).isIn("Copied",
				"Select the text above to copy it");

		// switch the first source off: its passages go, the state is in the URL
		String firstSource = groups.get(0)
			.findElement(By.tagName("h3"))
			.getAttribute("id")
			.substring("source-".length());
		click(By.cssSelector(".toggle[data-source='" + firstSource + "']"));
		assertThat(browser.getCurrentUrl()).contains("sources=").doesNotContain(firstSource);
		assertThat(browser.findElements(By.id("source-" + firstSource))).isEmpty();
		assertThat(browser.findElements(By.cssSelector(".source-group"))).isNotEmpty();
		WebElement switchedOff = browser.findElement(By.cssSelector(".toggle[data-source='" + firstSource + "']"));
		assertThat(switchedOff.getAttribute("class")).contains("toggle--off");
		assertThat(switchedOff.findElement(By.className("toggle__state")).getText()).isEqualTo("\u25cb");

		// paragraph 3 narrows the commentary
		click(By.cssSelector("#para-3 .paragraph__number"));
		assertThat(browser.getCurrentUrl()).contains("para=3");
		assertThat(text(By.cssSelector(".narrowed"))).contains("paragraph 3");
		assertThat(browser.findElement(By.id("para-3")).getAttribute("class")).contains("paragraph--current");
		List<WebElement> narrowed = browser.findElements(By.cssSelector(".source-group .passage"));
		assertThat(narrowed).isNotEmpty()
			.allSatisfy((passage) -> assertThat(passage.findElement(By.className("passage__reasons")).getText())
				.as("every passage shown discusses paragraph 3")
				.contains("\u00b63"));

		// keyboard: "]" goes to the next article
		new Actions(browser).sendKeys("]").perform();
		waitFor(ExpectedConditions.urlContains("/articles/4"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Article 4");

		// compare two sources on Article 3, picked on the compare page itself
		open("/compare?article=3");
		List<WebElement> boxes = browser.findElements(By.cssSelector(".compare-picker input[name='sources']"));
		for (WebElement box : boxes) {
			if (box.isSelected()) {
				box.click();
			}
		}
		boxes.get(0).click();
		boxes.get(1).click();
		List<String> chosen = List.of(boxes.get(0).getAttribute("value"), boxes.get(1).getAttribute("value"));
		click(By.cssSelector(".compare-picker button[type='submit']"));
		assertThat(browser.findElements(By.cssSelector(".column"))).hasSize(2);
		assertThat(browser.findElements(By.cssSelector(".column__title"))
			.stream()
			.map((title) -> title.getAttribute("id").substring("column-".length()))
			.toList()).as("one column per chosen source, in order").isEqualTo(chosen);
		assertThat(browser.findElement(By.id("sync-scroll")).isDisplayed()).isTrue();
		List<WebElement> bodies = browser.findElements(By.cssSelector(".column__body"));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("arguments[0].scrollTop = arguments[0].scrollHeight;", bodies.get(0));
		Number scrollable = (Number) js.executeScript("return arguments[0].scrollHeight - arguments[0].clientHeight;",
				bodies.get(1));
		if (scrollable.intValue() > 0) {
			new WebDriverWait(browser, Duration.ofSeconds(5)).until(
					(d) -> ((Number) js.executeScript("return arguments[0].scrollTop;", bodies.get(1))).intValue() > 0);
		}
		js.executeScript("arguments[0].scrollTop = 0;", bodies.get(0));
		screenshot("compare");

		// open a passage in its document
		WebElement card = browser.findElement(By.cssSelector(".column .passage"));
		String quoted = card.findElement(By.className("passage__text")).getText().strip();
		WebElement open = card.findElement(By.className("passage__open"));
		String target = open.getAttribute("href");
		String anchor = target.substring(target.indexOf('#') + 1);
		open.click();
		waitFor(ExpectedConditions.urlContains("/documents/"));
		assertThat(browser.getCurrentUrl()).endsWith("#" + anchor);
		List<WebElement> passage = browser.findElements(By.id(anchor));
		assertThat(passage).as("the passage's anchor in the document").hasSize(1);
		assertThat(passage.get(0).getText()).as("the document shows the passage the card quoted")
			.contains(quoted.substring(0, Math.min(60, quoted.length())));
	}

	@Test
	void theSearchBoxSearchesTheCommentary() {
		open("/articles/3");
		WebElement box = browser.findElement(By.id("site-search"));
		box.sendKeys("military alliance", Keys.ENTER);
		waitFor(ExpectedConditions.urlContains("/search"));
		assertThat(browser.getCurrentUrl()).contains("q=military");
		assertThat(browser.findElement(By.id("search-query")).getAttribute("value")).isEqualTo("military alliance");
		assertThat(browser.findElements(By.cssSelector(".hits .hit"))).as("results for a phrase the corpus holds")
			.isNotEmpty();
		assertThat(browser.findElements(By.cssSelector(".hits .hit mark"))).isNotEmpty();
	}

	@Test
	void theCoverageMapShowsEveryArticleAndLeadsToTheCompareView() {
		open("/");
		click(By.cssSelector(".nav a[href='/coverage']"));
		assertThat(browser.findElements(By.cssSelector("table.coverage tbody tr"))).hasSize(47);
		assertThat(browser.findElements(By.cssSelector("table.coverage thead th[scope='col']"))).hasSizeGreaterThan(2);
		screenshot("coverage");
		WebElement busiest = browser.findElement(By.cssSelector("td.level-3 a, td.level-2 a, td.level-1 a"));
		String count = busiest.findElement(By.className("cell__count")).getText();
		busiest.click();
		waitFor(ExpectedConditions.urlContains("/compare?article="));
		assertThat(browser.findElements(By.cssSelector(".column"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector(".column .passage"))).hasSize(Integer.parseInt(count));
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	/**
	 * Clicks a link or button that loads a page, and waits for the new page: until the
	 * clicked element is gone with the old one (the old page's readyState would already
	 * say "complete").
	 */
	private static void click(By locator) {
		WebElement element = waitFor(ExpectedConditions.elementToBeClickable(locator));
		element.click();
		waitFor(ExpectedConditions.stalenessOf(element));
		waitFor((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	private static String text(By locator) {
		return waitFor(ExpectedConditions.visibilityOfElementLocated(locator)).getText().strip();
	}

	private static <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
	}

	static void screenshot(String name) {
		Path shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		try {
			Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
