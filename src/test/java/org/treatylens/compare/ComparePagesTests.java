package org.treatylens.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatylens.linking.ArticleLinks;
import org.treatylens.linking.LinkReason;
import org.treatylens.linking.LinkedPassage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reading desk, the compare view, the coverage map and the exports, on the bundled
 * corpus as loaded at start-up and linked by the linking module. Expected passages are
 * read from {@link ArticleLinks}, never written down here.
 */
// a fresh context and database: it asserts that every passage linked to Article 3 is on
// the desk, which holds for the bundled corpus, not after other tests have imported
// twenty more sources on Article 3 (the desk shows 20 a page)
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
@SpringBootTest
@AutoConfigureMockMvc
class ComparePagesTests {

	private static final String ANALYST = "russia-iran-relations";

	private static final String JONKERS = "crescent-jonkers";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CorpusJobs jobs;

	@BeforeEach
	void waitForTheStartUpJobs() {
		JobQueue.awaitIdle(this.jobs);
	}

	@Autowired
	private ArticleLinks links;

	@Test
	void readingDeskShowsTheArticleBesideItsCommentaryGroupedBySource() throws Exception {
		String page = desk("/articles/3");
		assertThat(page).contains("<h1 id=\"article-title\">Article 3</h1>")
			.contains("id=\"para-1\"", "id=\"para-4\"")
			.contains("rel=\"prev\" href=\"/articles/2\"", "rel=\"next\" href=\"/articles/4\"");
		List<LinkedPassage> linked = this.links.forArticle(3);
		assertThat(linked).isNotEmpty();
		for (LinkedPassage passage : linked) {
			assertThat(page).contains("id=\"passage-" + passage.passageId() + "\"")
				.contains("href=\"/documents/" + passage.document() + "#p-" + passage.ordinal() + "\"");
		}
		assertThat(page).contains("id=\"source-" + ANALYST + "\"", "badge badge--citation", "<mark>");
		assertThat(count(page, "<mark>")).isGreaterThanOrEqualTo(linked.size() / 2);
	}

	@Test
	void sourcesAreToggledThroughTheUrl() throws Exception {
		String onlyJonkers = desk("/articles/3?sources=" + JONKERS);
		assertThat(onlyJonkers).contains("id=\"source-" + JONKERS + "\"")
			.doesNotContain("id=\"source-" + ANALYST + "\"")
			// switching the analyst back on keeps Jonkers on, in the sources' order
			.contains("href=\"/articles/3?sources=" + ANALYST + "," + JONKERS + "\"");
		for (LinkedPassage passage : this.links.forArticle(3)) {
			assertThat(onlyJonkers.contains("id=\"passage-" + passage.passageId() + "\""))
				.isEqualTo(passage.document().equals(JONKERS));
		}
		assertThat(page("/articles/3?sources=")).doesNotContain("class=\"card passage\"");
	}

	@Test
	void aParagraphOrSourceThatDoesNotExistIsSaidAndTheRestStillShown() throws Exception {
		String page = page("/articles/3?para=9&sources=" + JONKERS + ",no-such-source");
		assertThat(page).contains("Article 3 has no paragraph 9 in the corpus")
			.contains("No source is called no-such-source; it was left out.")
			.contains("id=\"source-" + JONKERS + "\"")
			.doesNotContain("Showing what discusses paragraph");
		assertThat(page("/compare?article=3&sources=no-such-source"))
			.contains("No source is called no-such-source; it was left out.");
		assertThat(page("/articles/3?para=x")).contains("Article 3 has no paragraph x in the corpus");
		assertThat(page("/articles/3")).doesNotContain("class=\"notice\"");
	}

	@Test
	void aParagraphNarrowsTheCommentaryToWhatDiscussesIt() throws Exception {
		String page = desk("/articles/3?para=3");
		assertThat(page).contains("Showing what discusses paragraph 3.");
		List<LinkedPassage> linked = this.links.forArticle(3);
		assertThat(linked).anyMatch((p) -> onParagraph(p, 3));
		for (LinkedPassage passage : linked) {
			assertThat(page.contains("id=\"passage-" + passage.passageId() + "\""))
				.as("passage %d", passage.passageId())
				.isEqualTo(onParagraph(passage, 3));
		}
	}

	@Test
	void everyArticleAnswersAndNothingElseDoes() throws Exception {
		String absent = page("/articles/7");
		assertThat(absent).contains("The text of Article 7 is not in the corpus yet.");
		assertThat(page("/articles/47")).doesNotContain("rel=\"next\"");
		assertThat(page("/articles/1")).doesNotContain("rel=\"prev\"");
		for (String missing : List.of("/articles/0", "/articles/48", "/articles/abc", "/articles/3/export.csv/x")) {
			this.mvc.perform(get(missing)).andExpect(status().isNotFound());
		}
	}

	@Test
	void compareShowsOneColumnPerChosenSourceUnderTheArticle() throws Exception {
		String page = page("/compare?article=3&sources=" + ANALYST + "," + JONKERS);
		assertThat(count(page, "class=\"column\"")).isEqualTo(2);
		assertThat(page).contains("id=\"column-" + ANALYST + "\"", "id=\"column-" + JONKERS + "\"")
			.contains("class=\"pinned-article\"")
			.contains("<option value=\"3\" selected=\"selected\">Article 3</option>")
			.contains("value=\"" + JONKERS + "\" checked=\"checked\"");
		// the form sends repeated parameters; they mean the same
		assertThat(count(page("/compare?article=3&sources=" + JONKERS + "&sources=" + ANALYST), "class=\"column\""))
			.isEqualTo(2);
	}

	@Test
	void coverageHasEveryArticleAndCountsEachSourcesPassages() throws Exception {
		String page = page("/coverage");
		for (int n = 1; n <= 47; n++) {
			assertThat(page).contains("id=\"article-" + n + "\"");
		}
		assertThat(page).contains("<th scope=\"col\">", "<caption");
		long analystOnThree = this.links.forArticle(3).stream().filter((p) -> p.document().equals(ANALYST)).count();
		Matcher cell = Pattern.compile("href=\"/compare\\?article=3&amp;sources=" + ANALYST
				+ "\"[^>]*>(?:<span class=\"visually-hidden\">[^<]*</span>)?\\s*<span class=\"cell__count\">(\\d+)</span>")
			.matcher(page);
		assertThat(cell.find()).isTrue();
		assertThat(Long.parseLong(cell.group(1))).isEqualTo(analystOnThree);
	}

	@Test
	void coverageCanShowOnlyTheArticlesNobodyDiscusses() throws Exception {
		assertThat(page("/coverage")).contains("href=\"/coverage?uncovered=true\"");
		String page = page("/coverage?uncovered=true");
		assertThat(page).contains("href=\"/coverage\"");
		int shown = 0;
		for (int n = 1; n <= 47; n++) {
			boolean discussed = !this.links.forArticle(n).isEmpty();
			assertThat(page.contains("id=\"article-" + n + "\"")).as("article %d", n).isEqualTo(!discussed);
			shown += discussed ? 0 : 1;
		}
		assertThat(shown).isPositive().isLessThan(47);
	}

	@Test
	void theSourceTogglesCountThePassagesOnTheChosenParagraph() throws Exception {
		String page = page("/articles/3?para=3");
		List<LinkedPassage> linked = this.links.forArticle(3);
		for (String source : List.of(ANALYST, JONKERS)) {
			long onParagraph = linked.stream().filter((p) -> p.document().equals(source) && onParagraph(p, 3)).count();
			long onArticle = linked.stream().filter((p) -> p.document().equals(source)).count();
			Matcher toggle = Pattern
				.compile("data-source=\"" + source + "\"[\\s\\S]*?class=\"toggle__count\">\\((\\d+)\\)")
				.matcher(page);
			assertThat(toggle.find()).as(source).isTrue();
			assertThat(Long.parseLong(toggle.group(1))).as(source).isEqualTo(onParagraph);
			assertThat(onParagraph).as("paragraph 3 narrows %s", source).isLessThanOrEqualTo(onArticle);
		}
		assertThat(linked.stream().filter((p) -> onParagraph(p, 3)).count()).isLessThan(linked.size());
	}

	@Test
	void theDeskFoldsVerbatimQuotesAndPutsDiscussionFirst() throws Exception {
		String page = desk("/articles/3");
		assertThat(page).contains("What the labels and the score mean", "How sure the link is");
		int firstGroup = page.indexOf("class=\"source-group\"");
		assertThat(firstGroup).isPositive();
		int folded = 0;
		for (LinkedPassage passage : this.links.forArticle(3)) {
			int at = page.indexOf("id=\"passage-" + passage.passageId() + "\"");
			assertThat(at).as("passage %d is on the page", passage.passageId()).isPositive();
			if (at < firstGroup) {
				folded++;
				assertThat(page.lastIndexOf("class=\"verbatim\"", at)).as("inside a verbatim line").isPositive();
			}
		}
		assertThat(folded).as("Article 3 is quoted word for word by some sources").isPositive();
		assertThat(page).containsPattern("Paragraph \\d quoted verbatim by ");
	}

	@Test
	void eachCardSaysInWordsWhyItLinksNotOnlyInATooltip() throws Exception {
		String page = desk("/articles/3");
		assertThat(page).contains("Why this link", "badge badge--semantic\">semantic</span></dt>");
		for (LinkedPassage passage : this.links.forArticle(3)) {
			for (LinkReason reason : passage.reasons()) {
				if (reason.evidence() != null && !reason.evidence().isBlank()) {
					assertThat(page).as("the evidence of %s for passage %d", reason.kind(), passage.passageId())
						.contains(HtmlUtils.htmlEscape(reason.evidence(), "UTF-8"));
				}
			}
		}
	}

	@Test
	void sourcesWithNothingOnTheArticleAreNamedNotOfferedAsSwitches() throws Exception {
		assertThat(this.links.forArticle(7)).isEmpty();
		String page = page("/articles/7");
		assertThat(page).contains("Not discussed by ").doesNotContain("class=\"toggle ");
		String three = page("/articles/3");
		for (String source : List.of(ANALYST, JONKERS)) {
			assertThat(three).contains("data-source=\"" + source + "\"");
		}
	}

	@Test
	void exportsGiveEveryLinkedPassageWithItsSourceReasonScoreAndPermalink() throws Exception {
		List<LinkedPassage> linked = this.links.forArticle(3);
		String csv = this.mvc.perform(get("/articles/3/export.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<List<String>> rows = parseCsv(csv);
		assertThat(rows.get(0)).startsWith("article", "passage_id", "document", "document_label")
			.contains("reason", "score", "permalink");
		assertThat(rows).hasSize(linked.size() + 1);
		int permalink = rows.get(0).indexOf("permalink");
		int text = rows.get(0).indexOf("text");
		for (int i = 0; i < linked.size(); i++) {
			LinkedPassage passage = linked.get(i);
			List<String> row = rows.get(i + 1);
			assertThat(row).hasSize(rows.get(0).size());
			// the permalink that follows the passage into new versions of its document
			assertThat(row.get(permalink)).endsWith("/passages/" + passage.passageId());
			assertThat(row.get(text)).isEqualTo(passage.text());
		}

		String json = this.mvc.perform(get("/articles/3/export.json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		JsonNode evidence = JsonMapper.builder().build().readTree(json);
		assertThat(evidence.get("article").asInt()).isEqualTo(3);
		assertThat(evidence.get("passages")).hasSize(linked.size());
		JsonNode first = evidence.get("passages").get(0);
		assertThat(first.get("reason").asString()).isEqualTo(linked.get(0).kind().code());
		assertThat(first.get("documentLabel").asString()).isNotBlank();
		assertThat(first.get("permalink").asString()).endsWith("/passages/" + linked.get(0).passageId());
	}

	@Test
	void theWholeCorpusExportGivesEveryLinkOfEveryArticleInCsvAndJson() throws Exception {
		List<String> expected = new ArrayList<>();
		for (int article = 1; article <= 47; article++) {
			for (LinkedPassage passage : this.links.forArticle(article)) {
				expected.add(article + "/" + passage.passageId());
			}
		}
		assertThat(expected).hasSizeGreaterThan(this.links.forArticle(3).size());

		String csv = this.mvc.perform(get("/articles/export.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<List<String>> rows = parseCsv(csv);
		assertThat(rows.get(0)).startsWith("article", "passage_id", "document", "document_label");
		assertThat(rows.subList(1, rows.size())).extracting((row) -> row.get(0) + "/" + row.get(1))
			.containsExactlyElementsOf(expected);

		String json = this.mvc.perform(get("/articles/export.json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		JsonNode evidence = JsonMapper.builder().build().readTree(json);
		assertThat(evidence.get("articles").asInt()).isEqualTo(47);
		List<String> exported = new ArrayList<>();
		evidence.get("passages")
			.forEach((passage) -> exported
				.add(passage.get("article").asInt() + "/" + passage.get("passageId").asLong()));
		assertThat(exported).containsExactlyElementsOf(expected);
		assertThat(evidence.get("passages").get(0).get("document").asString()).isNotBlank();
	}

	private static boolean onParagraph(LinkedPassage passage, int paragraph) {
		return passage.reasons().stream().anyMatch((r) -> r.paragraph() != null && r.paragraph() == paragraph);
	}

	/**
	 * The desk with every page of every source's "show more" after it: all the desk
	 * offers to read (each source shows its strongest few, the rest a link away).
	 */
	private String desk(String url) throws Exception {
		String first = page(url);
		StringBuilder all = new StringBuilder(first);
		Matcher show = Pattern.compile("<p class=\"more\"><a href=\"([^\"]+)\"").matcher(first);
		while (show.find()) {
			String next = show.group(1).replace("&amp;", "&");
			while (next != null) {
				String more = page(next);
				all.append(more);
				Matcher rel = Pattern.compile("rel=\"next\" href=\"([^\"]*more=[^\"]*)\"").matcher(more);
				next = rel.find() ? rel.group(1).replace("&amp;", "&") : null;
			}
		}
		return all.toString();
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static int count(String text, String needle) {
		int count = 0;
		for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
			count++;
		}
		return count;
	}

	/** RFC 4180, as a spreadsheet reads it. */
	private static List<List<String>> parseCsv(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				field.append(c);
			}
		}
		return rows;
	}

}
