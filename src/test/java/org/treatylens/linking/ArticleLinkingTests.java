package org.treatylens.linking;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.treatylens.commentary.PassageAnnotation;
import org.treatylens.commentary.PassageAnnotations;
import org.treatylens.commentary.SourceDocumentRepository;
import org.treatylens.corpus.CorpusJob;

import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;
import org.treatylens.system.SiteAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bundled corpus, loaded at start-up, linked end to end and served.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleLinkingTests {

	@Autowired
	private ArticleLinks links;

	@Autowired
	private PassageAnnotations annotations;

	@Autowired
	private SourceDocumentRepository documents;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CorpusJobs jobs;

	@BeforeEach
	void waitForTheStartUpJobs() {
		JobQueue.awaitIdle(this.jobs);
	}

	@Autowired
	private ArticleLinker linker;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SiteAddress site;

	private List<Long> linkRowIds() {
		return this.jdbc.queryForList("select id from article_link order by id", Long.class);
	}

	/** The link rows of one document's passages, or of every other document's. */
	private List<Long> linkRowIds(String document, boolean inDocument) {
		return this.jdbc.queryForList(
				"select l.id from article_link l join passage p on p.id = l.passage_id "
						+ "join source_document d on d.id = p.document_id where (d.slug = ?) = ? order by l.id",
				Long.class, document, inDocument);
	}

	private LinkedPassage passage(int article, String start) {
		return this.links.forArticle(article)
			.stream()
			.filter((p) -> p.text().startsWith(start))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No link from Article " + article + " to \"" + start + "\""));
	}

	@Test
	void anExplicitCitationWithARemarkInParenthesesLinks() {
		LinkedPassage declaration = passage(19, "Article 19 (4 points) is a declaration of war");
		assertThat(declaration.kind()).isEqualTo(LinkKind.CITATION);
		assertThat(declaration.document()).isEqualTo("russia-iran-relations");
		assertThat(declaration.paragraph()).isNull();
	}

	@Test
	void aReferenceToTheUnCharterIsShownButLinksOnlyToTheArticleItDiscusses() throws Exception {
		LinkedPassage selfDefence = passage(3, "So, what does this mean?");
		assertThat(this.links.articlesByPassage().get(selfDefence.passageId())).containsExactly(3);
		long documentId = this.documents.findBySlug("russia-iran-relations").orElseThrow().getId();
		PassageAnnotation annotation = this.annotations.forDocument(documentId).get(selfDefence.passageId());
		assertThat(annotation.articles()).containsExactly(3);
		assertThat(annotation.externalReferences()).containsExactly("Article 51 of the UN Charter");
		this.mvc.perform(get("/api/articles/51/passages")).andExpect(status().isNotFound());
	}

	@Test
	void aQuotedParagraphLinksToThatParagraph() {
		LinkedPassage quoted = passage(3, "3. In the event that either Contracting Party");
		assertThat(quoted.kind()).isEqualTo(LinkKind.QUOTATION);
		assertThat(quoted.paragraph()).isEqualTo(3);
		assertThat(quoted.reasons()).extracting(LinkReason::kind).contains(LinkKind.QUOTATION, LinkKind.CONTEXT);
	}

	@Test
	void theApiServesEachPassageOnceStrongestReasonFirst() throws Exception {
		this.mvc.perform(get("/api/articles/3/passages"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.article").value(3))
			.andExpect(jsonPath("$.passages[0].reason").value("citation"))
			.andExpect(jsonPath("$.passages[*].document").value(hasItem("russia-iran-relations")))
			// the site's configured address, not the request's host
			.andExpect(jsonPath("$.passages[0].permalink").value(startsWith(this.site.of("/documents/"))))
			.andExpect(jsonPath("$.passages[?(@.paragraph == 3)].text").value(hasItem(startsWith("3. In the event"))));
		List<LinkedPassage> article3 = this.links.forArticle(3);
		assertThat(article3).extracting(LinkedPassage::passageId).doesNotHaveDuplicates();
		assertThat(article3).extracting(LinkedPassage::kind).isSorted();
	}

	@Test
	void articlesOutsideTheTreatyAreNotFoundAndAbsentOnesAreEmpty() throws Exception {
		this.mvc.perform(get("/api/articles/0/passages")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/articles/48/passages")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/articles/abc/passages")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/articles/47/passages"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passages").isEmpty());
	}

	@Test
	void relinkingADocumentRewritesOnlyItsLinksAndGivesTheSameOnes() {
		List<LinkedPassage> before = this.links.forArticle(5);
		List<Long> itsRows = linkRowIds("russia-iran-relations", true);
		List<Long> otherRows = linkRowIds("russia-iran-relations", false);
		assertThat(itsRows).isNotEmpty();
		assertThat(otherRows).isNotEmpty();
		this.jobs.documentChanged("russia-iran-relations", "a test relinks it");
		JobQueue.awaitIdle(this.jobs);
		assertThat(linkRowIds("russia-iran-relations", true)).hasSameSizeAs(itsRows)
			.doesNotContainAnyElementsOf(itsRows);
		assertThat(linkRowIds("russia-iran-relations", false)).isEqualTo(otherRows);
		assertThat(this.links.forArticle(5)).usingRecursiveComparison().isEqualTo(before);
	}

	@Test
	void coverageCountsEachSourcesPassagesAndTheirStrongestReasonAsTheArticleListsDo() {
		List<SourceCoverage> expected = new java.util.ArrayList<>();
		for (int n = 1; n <= 47; n++) {
			Map<String, List<LinkedPassage>> bySource = new java.util.TreeMap<>();
			this.links.forArticle(n)
				.forEach((p) -> bySource.computeIfAbsent(p.document(), (d) -> new java.util.ArrayList<>()).add(p));
			for (Map.Entry<String, List<LinkedPassage>> source : bySource.entrySet()) {
				LinkKind strongest = source.getValue()
					.stream()
					.map(LinkedPassage::kind)
					.min(Comparator.naturalOrder())
					.orElseThrow();
				expected.add(new SourceCoverage(n, source.getKey(), source.getValue().size(), strongest));
			}
		}
		assertThat(expected).isNotEmpty();
		assertThat(this.links.coverage()).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void aRestartWithTheSameRulesKeepsTheStoredLinks() {
		List<Long> before = linkRowIds();
		assertThat(before).isNotEmpty();
		this.linker.start();
		assertThat(this.jobs.waiting(CorpusJob.Action.RELINK_ALL)).isFalse();
		JobQueue.awaitIdle(this.jobs);
		assertThat(linkRowIds()).isEqualTo(before);
	}

	@Test
	void aRestartWithOtherRulesRelinksEverythingInTheBackground() {
		List<LinkedPassage> before = this.links.forArticle(5);
		List<Long> rowsBefore = linkRowIds();
		this.jdbc.update("update link_computation set rules_version = ?", LinkFinder.RULES_VERSION - 1);
		this.linker.start();
		assertThat(this.jobs.waiting(CorpusJob.Action.RELINK_ALL)).isTrue();
		JobQueue.awaitIdle(this.jobs);
		assertThat(linkRowIds()).doesNotContainAnyElementsOf(rowsBefore);
		assertThat(this.jdbc.queryForObject("select rules_version from link_computation", Integer.class))
			.isEqualTo(LinkFinder.RULES_VERSION);
		assertThat(this.links.forArticle(5)).usingRecursiveComparison().isEqualTo(before);
	}

}
