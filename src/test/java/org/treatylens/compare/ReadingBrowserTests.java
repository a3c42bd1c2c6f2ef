package org.treatylens.compare;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import org.treatylens.system.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's path through the app in a real headless Chromium (Debian's chromium and
 * chromium-driver): home, an article, a source switched off, two sources compared, a
 * passage opened in its document; the search box; the coverage map. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadingBrowserTests {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@BeforeEach
	void tallWindow() {
		chromium.width(new Dimension(1300, 1500));
	}

	@Test
	void readAnArticleSwitchASourceOffCompareTwoSourcesAndOpenAPassage() {
		chromium.open("/");
		click(By.cssSelector("main a[href='/articles/3']"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Article 3");
		assertThat(chromium.driver().findElements(By.cssSelector(".paragraph"))).hasSize(4);
		List<WebElement> groups = chromium.driver().findElements(By.cssSelector(".source-group"));
		assertThat(groups).hasSizeGreaterThanOrEqualTo(2);
		assertThat(chromium.driver().findElements(By.cssSelector(".passage mark"))).isNotEmpty();
		screenshot("article");

		// "Cite": the citation is on the page; the button (shown by the script) copies it
		// (the first cards shown are in the source groups: verbatim quotes are folded
		// above them)
		WebElement cite = chromium.driver().findElement(By.cssSelector(".source-group .passage details.cite"));
		cite.findElement(By.tagName("summary")).click();
		assertThat(cite.findElement(By.className("cite__text")).getText()).contains("/passages/");
		WebElement copy = cite.findElement(By.className("js-copy"));
		assertThat(copy.isDisplayed()).isTrue();
		copy.click();
		new WebDriverWait(chromium.driver(), Duration.ofSeconds(5))
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
		assertThat(chromium.driver().getCurrentUrl()).contains("sources=").doesNotContain(firstSource);
		assertThat(chromium.driver().findElements(By.id("source-" + firstSource))).isEmpty();
		assertThat(chromium.driver().findElements(By.cssSelector(".source-group"))).isNotEmpty();
		WebElement switchedOff = chromium.driver()
			.findElement(By.cssSelector(".toggle[data-source='" + firstSource + "']"));
		assertThat(switchedOff.getAttribute("class")).contains("toggle--off");
		assertThat(switchedOff.findElement(By.className("toggle__state")).getText()).isEqualTo("\u25cb");

		// paragraph 3 narrows the commentary
		click(By.cssSelector("#para-3 .paragraph__number"));
		assertThat(chromium.driver().getCurrentUrl()).contains("para=3");
		assertThat(text(By.cssSelector(".narrowed"))).contains("paragraph 3");
		assertThat(chromium.driver().findElement(By.id("para-3")).getAttribute("class")).contains("paragraph--current");
		List<WebElement> narrowed = chromium.driver().findElements(By.cssSelector(".source-group .passage"));
		assertThat(narrowed).isNotEmpty()
			.allSatisfy((passage) -> assertThat(passage.findElement(By.className("passage__reasons")).getText())
				.as("every passage shown discusses paragraph 3")
				.contains("\u00b63"));

		// keyboard: "]" goes to the next article
		new Actions(chromium.driver()).sendKeys("]").perform();
		waitFor(ExpectedConditions.urlContains("/articles/4"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Article 4");

		// compare two sources on Article 3, picked on the compare page itself
		chromium.open("/compare?article=3");
		List<WebElement> boxes = chromium.driver()
			.findElements(By.cssSelector(".compare-picker input[name='sources']"));
		for (WebElement box : boxes) {
			if (box.isSelected()) {
				box.click();
			}
		}
		boxes.get(0).click();
		boxes.get(1).click();
		List<String> chosen = List.of(boxes.get(0).getAttribute("value"), boxes.get(1).getAttribute("value"));
		click(By.cssSelector(".compare-picker button[type='submit']"));
		assertThat(chromium.driver().findElements(By.cssSelector(".column"))).hasSize(2);
		assertThat(chromium.driver()
			.findElements(By.cssSelector(".column__title"))
			.stream()
			.map((title) -> title.getAttribute("id").substring("column-".length()))
			.toList()).as("one column per chosen source, in order").isEqualTo(chosen);
		assertThat(chromium.driver().findElement(By.id("sync-scroll")).isDisplayed()).isTrue();
		List<WebElement> bodies = chromium.driver().findElements(By.cssSelector(".column__body"));
		JavascriptExecutor js = (JavascriptExecutor) chromium.driver();
		js.executeScript("arguments[0].scrollTop = arguments[0].scrollHeight;", bodies.get(0));
		Number scrollable = (Number) js.executeScript("return arguments[0].scrollHeight - arguments[0].clientHeight;",
				bodies.get(1));
		if (scrollable.intValue() > 0) {
			new WebDriverWait(chromium.driver(), Duration.ofSeconds(5)).until(
					(d) -> ((Number) js.executeScript("return arguments[0].scrollTop;", bodies.get(1))).intValue() > 0);
		}
		js.executeScript("arguments[0].scrollTop = 0;", bodies.get(0));
		screenshot("compare");

		// open a passage in its document
		WebElement card = chromium.driver().findElement(By.cssSelector(".column .passage"));
		String quoted = card.findElement(By.className("passage__text")).getText().strip();
		WebElement open = card.findElement(By.className("passage__open"));
		String target = open.getAttribute("href");
		String anchor = target.substring(target.indexOf('#') + 1);
		open.click();
		waitFor(ExpectedConditions.urlContains("/documents/"));
		assertThat(chromium.driver().getCurrentUrl()).endsWith("#" + anchor);
		List<WebElement> passage = chromium.driver().findElements(By.id(anchor));
		assertThat(passage).as("the passage's anchor in the document").hasSize(1);
		assertThat(passage.get(0).getText()).as("the document shows the passage the card quoted")
			.contains(quoted.substring(0, Math.min(60, quoted.length())));
	}

	@Test
	void theSearchBoxSearchesTheCommentary() {
		chromium.open("/articles/3");
		WebElement box = chromium.driver().findElement(By.id("site-search"));
		box.sendKeys("military alliance", Keys.ENTER);
		waitFor(ExpectedConditions.urlContains("/search"));
		assertThat(chromium.driver().getCurrentUrl()).contains("q=military");
		assertThat(chromium.driver().findElement(By.id("search-query")).getAttribute("value"))
			.isEqualTo("military alliance");
		assertThat(chromium.driver().findElements(By.cssSelector(".hits .hit")))
			.as("results for a phrase the corpus holds")
			.isNotEmpty();
		assertThat(chromium.driver().findElements(By.cssSelector(".hits .hit mark"))).isNotEmpty();
	}

	@Test
	void theCoverageMapShowsEveryArticleAndLeadsToTheCompareView() {
		chromium.open("/");
		click(By.cssSelector(".nav a[href='/coverage']"));
		assertThat(chromium.driver().findElements(By.cssSelector("table.coverage tbody tr"))).hasSize(47);
		assertThat(chromium.driver().findElements(By.cssSelector("table.coverage thead th[scope='col']")))
			.hasSizeGreaterThan(2);
		screenshot("coverage");
		WebElement busiest = chromium.driver().findElement(By.cssSelector("td.level-3 a, td.level-2 a, td.level-1 a"));
		String count = busiest.findElement(By.className("cell__count")).getText();
		busiest.click();
		waitFor(ExpectedConditions.urlContains("/compare?article="));
		assertThat(chromium.driver().findElements(By.cssSelector(".column"))).hasSize(1);
		assertThat(chromium.driver().findElements(By.cssSelector(".column .passage"))).hasSize(Integer.parseInt(count));
	}

	private static void click(By locator) {
		chromium.clickToLoad(locator);
	}

	private static String text(By locator) {
		return waitFor(ExpectedConditions.visibilityOfElementLocated(locator)).getText().strip();
	}

	private static <T> T waitFor(ExpectedCondition<T> condition) {
		return chromium.waitFor(condition);
	}

	private static void screenshot(String name) {
		chromium.screenshot(name);
	}

}
