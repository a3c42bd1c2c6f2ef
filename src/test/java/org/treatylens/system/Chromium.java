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

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests, at a desktop (1366 px) or a phone
 * (390 px) width, with axe-core (the test resource {@code axe/axe.min.js}, from the npm
 * package: no CDN) to check a page for accessibility violations.
 */
final class Chromium implements AutoCloseable {

	static final Path BINARY = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	static final Dimension DESKTOP = new Dimension(1366, 900);

	static final Dimension PHONE = new Dimension(390, 844);

	private final WebDriver driver;

	private final Path profile;

	private Chromium(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	static Chromium start() throws IOException {
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
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
		return new Chromium(driver, profile);
	}

	WebDriver driver() {
		return this.driver;
	}

	/**
	 * Sets the layout viewport's width (the window is sized so that the page gets it).
	 */
	void width(Dimension size) {
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
	void signIn(String baseUrl) {
		this.driver.get(baseUrl + "/login");
		this.driver.findElement(By.id("login-username")).sendKeys(TestEditor.USERNAME);
		this.driver.findElement(By.id("login-password")).sendKeys(TestEditor.PASSWORD);
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((d) -> !d.getCurrentUrl().contains("/login"));
	}

	/**
	 * Back to a reader: no session.
	 */
	void signOut() {
		this.driver.manage().deleteAllCookies();
	}

	Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * axe-core's violations on the page as it is now: rule id, impact and up to five
	 * elements each.
	 */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> axeViolations() {
		if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object';"))) {
			js(axeSource());
		}
		Object result = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
				  done(r.violations.map(function (v) {
				    return { id: v.id, impact: v.impact, help: v.help,
				             nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }) };
				  }));
				}, function (e) { done([{ id: 'axe-error', help: String(e) }]); });
				""");
		return (List<Map<String, Object>>) result;
	}

	void screenshot(String name) {
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
	public void close() {
		this.driver.quit();
		// the profile is Chromium's scratch space; a leftover is harmless but untidy
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// best effort
		}
	}

}
