package org.treatylens.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;

/**
 * Debian's headless Chromium for the browser tests, at a desktop (1366 px) or a phone
 * (390 px) width, with axe-core (the test resource {@code axe/axe.min.js}, from the npm
 * package: no CDN) to check a page for accessibility violations. A test class registers
 * one with {@code @RegisterExtension static final Chromium chromium = new Chromium();}:
 * the browser starts before the class's first test and quits after its last.
 */
public final class Chromium implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	static final Path BINARY = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	public static final Dimension DESKTOP = new Dimension(1366, 900);

	public static final Dimension PHONE = new Dimension(390, 844);

	private WebDriver driver;

	private Path profile;

	private String base;

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
			throw new IllegalStateException("The browser tests need Debian's Chromium and its driver at " + BINARY
					+ " and " + DRIVER + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
		}
		Path profile = Files.createTempDirectory("treatylens-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--hide-scrollbars", "--window-size=1366,900", "--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.profile = profile;
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		ApplicationContext app = SpringExtension.getApplicationContext(context);
		this.base = "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port");
		JobQueue.awaitIdle(app.getBean(CorpusJobs.class));
	}

	/**
	 * The app's address, {@code http://localhost:PORT}.
	 */
	public String base() {
		return this.base;
	}

	/**
	 * Opens a page of the app.
	 */
	public void open(String path) {
		this.driver.get(this.base + path);
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Sets the layout viewport's width (the window is sized so that the page gets it).
	 */
	public void width(Dimension size) {
		this.driver.manage().window().setSize(size);
		long inner = ((Number) js("return window.innerWidth;")).longValue();
		if (inner != size.getWidth()) {
			this.driver.manage()
				.window()
				.setSize(new Dimension(size.getWidth() + (int) (size.getWidth() - inner), size.getHeight()));
		}
	}

	/**
	 * Signs in as the test editor through the login form (the import page is the
	 * editor's).
	 */
	public void signIn() {
		this.driver.get(this.base + "/login");
		this.driver.findElement(By.id("login-username")).sendKeys(TestEditor.USERNAME);
		this.driver.findElement(By.id("login-password")).sendKeys(TestEditor.PASSWORD);
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((d) -> !d.getCurrentUrl().contains("/login"));
	}

	/**
	 * Back to a reader: no session.
	 */
	public void signOut() {
		this.driver.manage().deleteAllCookies();
	}

	/**
	 * Clicks a link or button that loads a page, and waits for the new page: until the
	 * clicked element is gone with the old one (the old page's readyState would already
	 * say "complete").
	 */
	public void clickToLoad(By locator) {
		WebElement element = waitFor(ExpectedConditions.elementToBeClickable(locator));
		element.click();
		waitFor(ExpectedConditions.stalenessOf(element));
		waitFor((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * Waits up to 10 s for a condition of the page.
	 */
	public <T> T waitFor(ExpectedCondition<T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(condition);
	}

	/**
	 * The console's errors and warnings since the last call (a refused script or style
	 * under the CSP shows here).
	 */
	public List<String> consoleProblems() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	public Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * axe-core's violations on the page as it is now: rule id, impact and up to five
	 * elements each.
	 */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> axeViolations() {
		if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object';"))) {
			js(axeSource());
		}
		Object result = ((JavascriptExecutor) this.driver).executeAsyncScript(
				"""
						var done = arguments[arguments.length - 1];
						axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } }).then(function (r) {
						  done(r.violations.map(function (v) {
						    return { id: v.id, impact: v.impact, help: v.help,
						             nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }) };
						  }));
						}, function (e) { done([{ id: 'axe-error', help: String(e) }]); });
						""");
		return (List<Map<String, Object>>) result;
	}

	public void screenshot(String name) {
		Path shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE).toPath();
		try {
			Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String axeSource() {
		try (InputStream in = Chromium.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.profile == null) {
			return;
		}
		// the profile is Chromium's scratch space; a leftover is harmless but untidy
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// best effort
		}
	}

}
