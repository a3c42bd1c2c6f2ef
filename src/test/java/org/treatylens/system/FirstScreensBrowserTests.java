package org.treatylens.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new reader sees first, in a real headless Chromium at 1366 × 900 and at 390 px
 * (issue 15): the front page says what each article is about and where to start; the
 * reading desk explains itself and folds the treaty's own words away; the compare view's
 * sources are on the first screen, one at a time on a phone; the coverage table says when
 * it scrolls sideways; search shows results before facets on a phone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FirstScreensBrowserTests {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@Test
	void theFrontPageSaysWhatEachArticleIsAboutAndWhereToStart() {
		for (var size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
			chromium.width(size);
			chromium.open("/");
			List<WebElement> start = chromium.driver().findElements(By.cssSelector(".intro a[href^='/articles/']"));
			assertThat(start).as("where to start").isNotEmpty();
			assertThat(chromium.driver().findElement(By.cssSelector(".intro")).getText())
				.contains("Start with the most discussed");
			WebElement three = chromium.driver().findElement(By.cssSelector(".article-grid a[href='/articles/3']"));
			assertThat(three.findElement(By.className("article-tile__subject")).getText())
				.as("Article 3 in its own words")
				.contains("strengthen their relations");
			assertThat(three.findElement(By.className("article-tile__discussion")).getText())
				.matches("\\d+ sources? · \\d+ passages?");
			WebElement seven = chromium.driver().findElement(By.cssSelector(".article-grid a[href='/articles/7']"));
			assertThat(seven.getText()).containsIgnoringCase("no text yet").doesNotContain("\u2026");
			assertThat(start.get(0).getRect().getY()).as("the way in is on the first screen")
				.isLessThan(size.getHeight());
		}
	}

	@Test
	void theReadingDeskExplainsItsLabelsAndFoldsVerbatimQuotes() {
		chromium.width(Chromium.DESKTOP);
		chromium.open("/articles/3");
		WebElement legend = chromium.driver().findElement(By.cssSelector("details.desk-legend"));
		assertThat(legend.getDomAttribute("open")).isNull();
		// by keyboard: focus the summary and open it with Enter
		WebElement summary = legend.findElement(By.tagName("summary"));
		chromium.js("arguments[0].focus();", summary);
		new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
		assertThat(legend.getDomAttribute("open")).isNotNull();
		assertThat(legend.getText().toLowerCase(java.util.Locale.ROOT)).contains("citation", "quotation", "context",
				"similarity", "how sure the link is");

		List<WebElement> verbatim = chromium.driver().findElements(By.cssSelector("details.verbatim"));
		assertThat(verbatim).as("the article's own words, folded").isNotEmpty();
		WebElement line = verbatim.get(0);
		assertThat(line.findElement(By.tagName("summary")).getText())
			.containsPattern("Paragraph \\d quoted verbatim by ");
		assertThat(line.findElement(By.cssSelector(".passage")).isDisplayed()).isFalse();
		line.findElement(By.tagName("summary")).click();
		assertThat(line.findElement(By.cssSelector(".passage")).isDisplayed()).isTrue();
		chromium.screenshot("article");

		chromium.open("/articles/7");
		assertThat(chromium.driver().findElements(By.cssSelector(".toggle"))).isEmpty();
		assertThat(chromium.driver().findElement(By.className("silent-sources")).getText())
			.startsWith("Not discussed by ");
	}

	@Test
	void theCompareViewShowsTheSourcesOnTheFirstScreenAndOneAtATimeOnAPhone() {
		chromium.width(Chromium.DESKTOP);
		chromium.open("/compare?article=3");
		List<WebElement> titles = chromium.driver().findElements(By.className("column__title"));
		assertThat(titles).hasSizeGreaterThanOrEqualTo(2);
		assertThat(titles)
			.allSatisfy((t) -> assertThat(t.getRect().getY()).as("column top at 1366 × 900").isLessThan(900 * 3 / 4));
		List<Integer> firstCards = chromium.driver()
			.findElements(By.cssSelector(".column"))
			.stream()
			.map((c) -> c.findElement(By.className("column__body")).getRect().getY())
			.distinct()
			.toList();
		assertThat(firstCards).as("the columns' bodies start level").hasSize(1);
		chromium.screenshot("compare");

		chromium.width(Chromium.PHONE);
		chromium.open("/compare?article=3");
		List<WebElement> buttons = chromium.driver().findElements(By.cssSelector(".column-switcher button"));
		assertThat(buttons).hasSize(titles.size());
		assertThat(visibleColumns()).hasSize(1);
		buttons.get(1).click();
		assertThat(buttons.get(1).getDomAttribute("aria-pressed")).isEqualTo("true");
		assertThat(visibleColumns()).singleElement()
			.satisfies((c) -> assertThat(c.findElement(By.className("column__title")).getDomAttribute("id"))
				.isEqualTo(buttons.get(1).getDomAttribute("data-column")));
		chromium.screenshot("compare-390");

		chromium.width(Chromium.DESKTOP);
		chromium.open("/compare");
		assertThat(chromium.driver().findElement(By.cssSelector("main .notice")).getText())
			.contains("the one most sources discuss");
		chromium.open("/compare?article=7");
		assertThat(chromium.driver().findElement(By.cssSelector("main .empty")).getText())
			.isEqualTo("No source in the corpus discusses Article 7.");
	}

	@Test
	void theCoverageTableSaysWhenItScrollsSidewaysAndKeepsItsHeaders() {
		chromium.width(Chromium.PHONE);
		chromium.open("/coverage");
		WebElement cue = chromium.driver().findElement(By.id("coverage-scroll-cue"));
		assertThat(cue.isDisplayed()).as("a cue on a phone").isTrue();
		WebElement box = chromium.driver().findElement(By.className("table-scroll"));
		chromium.js("arguments[0].scrollTop = 400;", box);
		WebElement header = chromium.driver().findElement(By.cssSelector(".coverage thead th:nth-child(2)"));
		assertThat(header.getRect().getY()).as("the header stays at the top of the table box")
			.isLessThanOrEqualTo(box.getRect().getY() + 2);
		assertThat(header.findElement(By.tagName("a")).getDomAttribute("title")).as("the full name").isNotBlank();
		chromium.screenshot("coverage-390");

		chromium.width(Chromium.DESKTOP);
		chromium.open("/coverage");
		assertThat(chromium.driver().findElement(By.id("coverage-scroll-cue")).isDisplayed())
			.as("no cue when everything fits")
			.isFalse();
	}

	@Test
	void searchShowsResultsBeforeFacetsOnAPhone() {
		chromium.width(Chromium.PHONE);
		chromium.open("/search?q=sanctions");
		WebElement firstHit = chromium.driver().findElement(By.cssSelector(".hits .hit"));
		WebElement facets = chromium.driver().findElement(By.className("facets"));
		assertThat(firstHit.getRect().getY()).isLessThan(facets.getRect().getY());
		assertThat(firstHit.getRect().getY()).as("the first result on the first screen").isLessThan(844);
		chromium.screenshot("search-390");
	}

	private List<WebElement> visibleColumns() {
		return chromium.driver().findElements(By.className("column")).stream().filter(WebElement::isDisplayed).toList();
	}

}
