package org.treatylens.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import org.treatylens.system.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's journeys in a real headless Chromium (issue 11): sign in, import a document
 * through its preview, reject one of its links and add one the rules missed on the
 * reading desk, judge the review queue with one keystroke, and delete the document with
 * the confirmation that says what goes with it. A reader (signed out) sees the result.
 * <p>
 * Its own application context and database ({@code properties} differ from the other
 * browser tests'): the journey writes more than a reader's tests should see, and its
 * writes count against a fresh rate-limit budget.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "treatylens.rate-limit.writes-per-minute=60")
class CurationBrowserTests {

	private static final String SLUG = "curation-journey";

	private static final String TEXT = """
			A commentary written for the editor's journey

			What the parties promise

			Article 3 of the treaty commits each party not to join any aggression against the other, and the \
			commitment is the core of the security chapter.

			Under Article 19 the two sides promise to work together on information security and to share what \
			their services learn.

			The weather in Moscow was grey that week, and the delegations spent a long evening at the opera.
			""";

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@BeforeEach
	void startAsAReaderAtDesktopWidth() {
		chromium.width(Chromium.DESKTOP);
		chromium.signOut();
	}

	@Test
	void anEditorImportsWithAPreviewJudgesLinksOnTheDeskAndDeletesTheDocument() throws IOException {
		WebDriver page = chromium.driver();
		chromium.signIn();

		// import with a preview: nothing is stored until "Import it"
		chromium.open("/import");
		Path file = Files.createTempFile("curation-journey-", ".txt");
		Files.writeString(file, TEXT, StandardCharsets.UTF_8);
		page.findElement(By.id("doc-file")).sendKeys(file.toAbsolutePath().toString());
		page.findElement(By.id("doc-slug")).sendKeys(SLUG);
		page.findElement(By.id("doc-label")).sendKeys("Journey, a test source");
		chromium.clickToLoad(By.cssSelector("button[formaction$='/import/document/preview']"));
		assertThat(page.findElement(By.id("preview-summary")).getText()).contains("would be linked");
		assertThat(page.findElements(By.cssSelector(".preview-passages .chip")).stream().map(WebElement::getText))
			.as("the links the import would create")
			.anyMatch((chip) -> chip.startsWith("Article 3"))
			.anyMatch((chip) -> chip.startsWith("Article 19"));
		assertThat(status("/documents/" + SLUG)).as("not stored by the preview").isEqualTo(404);
		chromium.clickToLoad(By.id("confirm-import"));
		assertThat(page.getCurrentUrl()).endsWith("/documents/" + SLUG);
		assertThat(page.findElement(By.cssSelector("main .notice")).getText()).startsWith("Imported");

		// reject the machine's link to Article 3: the desk no longer shows the source
		// there
		chromium.open("/articles/3");
		By group = By.id("source-" + SLUG);
		assertThat(page.findElements(group)).as("the new source is linked to Article 3").hasSize(1);
		chromium.clickToLoad(By.cssSelector(".source-group:has(#source-" + SLUG + ") .js-reject"));
		assertThat(page.findElement(By.id("judged")).getText()).startsWith("Rejected the link from");
		assertThat(page.findElements(group)).as("a rejected link is not shown").isEmpty();

		// add the link the rules missed: the opera passage, by its slug and number, to
		// Article 5
		chromium.open("/documents/" + SLUG);
		String opera = page.findElements(By.cssSelector("[id^='p-']"))
			.stream()
			.filter((p) -> p.getText().contains("opera"))
			.findFirst()
			.orElseThrow()
			.getDomAttribute("id");
		chromium.open("/articles/5");
		assertThat(page.findElements(group)).isEmpty();
		page.findElement(By.cssSelector("#add-link summary")).click();
		page.findElement(By.id("add-passage")).sendKeys(SLUG + "#" + opera);
		page.findElement(By.id("add-note")).sendKeys("The evening is where the clause was agreed.");
		chromium.clickToLoad(By.cssSelector("#add-link button[type='submit']"));
		assertThat(page.findElement(By.id("judged")).getText()).startsWith("Added the link from");
		WebElement added = page.findElement(By.cssSelector(".source-group:has(#source-" + SLUG + ")"));
		assertThat(added.getText()).contains("opera").containsIgnoringCase("confirmed by an editor");

		// the review queue: one keystroke accepts the weakest unjudged link
		chromium.open("/editor/review");
		int before = queueSize();
		assertThat(before).isPositive();
		WebElement item = page.findElement(By.id("review-item"));
		new Actions(page).sendKeys("a").perform();
		chromium.waitFor(ExpectedConditions.stalenessOf(item));
		assertThat(page.findElement(By.cssSelector("main .notice")).getText()).startsWith("Accepted the link from");
		assertThat(queueSize()).isEqualTo(before - 1);

		// delete: the confirmation says what goes with the document, then it is gone for
		// readers
		chromium.open("/editor/documents/" + SLUG);
		chromium.clickToLoad(By.id("delete-document"));
		Matcher impact = Pattern.compile("^Its (\\d+) passages go with it, .* and (\\d+) link decisions")
			.matcher(page.findElement(By.id("delete-impact")).getText());
		assertThat(impact.find()).as("the confirmation counts what goes").isTrue();
		assertThat(Integer.parseInt(impact.group(1))).as("passages").isGreaterThanOrEqualTo(3);
		assertThat(Integer.parseInt(impact.group(2))).as("the rejection and the addition at least")
			.isGreaterThanOrEqualTo(2);
		chromium.clickToLoad(By.id("confirm-delete"));
		assertThat(page.getCurrentUrl()).endsWith("/documents");
		chromium.signOut();
		assertThat(status("/documents/" + SLUG)).isEqualTo(404);
		chromium.open("/articles/5");
		assertThat(page.findElements(group)).as("its links went with it").isEmpty();
		assertThat(page.findElements(By.cssSelector("form.judge"))).as("a reader gets no editor controls").isEmpty();
		chromium.open("/documents/" + SLUG + "/history");
		assertThat(page.findElement(By.tagName("main")).getText()).as("the record says what was there")
			.contains("admin")
			.containsIgnoringCase("deleted");
	}

	private int queueSize() {
		Matcher count = Pattern.compile("(\\d+) links? to review")
			.matcher(chromium.driver().findElement(By.id("queue-size")).getText());
		assertThat(count.find()).isTrue();
		return Integer.parseInt(count.group(1));
	}

	/**
	 * The HTTP status of a page, asked from the page itself (WebDriver does not expose
	 * it).
	 */
	private int status(String path) {
		Object code = chromium.js(
				"var r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send();" + " return r.status;",
				chromium.base() + path);
		return ((Number) code).intValue();
	}

}
