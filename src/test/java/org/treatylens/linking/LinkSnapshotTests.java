package org.treatylens.linking;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.SourceDocumentRepository;
import org.treatylens.corpus.CorpusFile;
import org.treatylens.corpus.CorpusImporter;
import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;
import org.treatylens.system.TestEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The snapshot of word statistics a full relink stores: linking one document with it
 * finds what the full relink found, an import leaves the other documents' links as they
 * were, and the review page says when the corpus has drifted from it and offers a relink.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LinkSnapshotTests {

	private static final String SLUG = "snapshot-notes";

	/** Commentary in no bundled document, long enough to move the statistics. */
	private static final String TEXT = """
			Reading the new pact
			The treaty's third article bars either state from helping a country that attacks the other.
			Its fourth article has the two spy services trade what they learn about common threats.
			Under the pact the two navies will hold war games together and call at each other's ports.
			Both signatories promise to stand against sanctions imposed without the UN Security Council.
			The final article sets how long the agreement runs and how it may end.
			""";

	@Autowired
	private CorpusJobs jobs;

	@Autowired
	private CorpusImporter importer;

	@Autowired
	private SourceDocumentRepository documents;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StatisticsDrift drift;

	/**
	 * Each test starts from a full relink of the corpus as it is (other tests of the same
	 * context may have imported documents since the start-up relink).
	 */
	@BeforeEach
	void startFromAFreshSnapshot() {
		JobQueue.awaitIdle(this.jobs);
		this.jobs.relinkAll("a test starts from a fresh snapshot");
		JobQueue.awaitIdle(this.jobs);
	}

	@AfterEach
	void removeTheNotes() {
		this.documents.findBySlug(SLUG).ifPresent(this.documents::delete);
		this.jobs.relinkAll("a test restores the snapshot");
		JobQueue.awaitIdle(this.jobs);
	}

	/** Every link of every document but the one named, as readers get it. */
	private List<String> linksOutside(String slug) {
		return this.jdbc.queryForList("select d.slug || ' ' || p.ordinal || ' ' || l.article_number || ' ' || l.kind "
				+ "|| ' ' || coalesce(l.paragraph_number, 0) || ' ' || round(l.score::numeric, 6) || ' ' || l.evidence "
				+ "from article_link l join passage p on p.id = l.passage_id join source_document d on d.id = p.document_id "
				+ "where d.slug <> ? order by 1", String.class, slug);
	}

	private List<Long> linkRowsOutside(String slug) {
		return this.jdbc.queryForList(
				"select l.id from article_link l join passage p on p.id = l.passage_id "
						+ "join source_document d on d.id = p.document_id where d.slug <> ? order by l.id",
				Long.class, slug);
	}

	@Test
	void linkingEachDocumentAloneWithTheSnapshotFindsWhatTheFullRelinkFound() {
		List<String> full = linksOutside("");
		assertThat(full).isNotEmpty();
		List<String> slugs = this.jdbc.queryForList("select slug from source_document order by id", String.class);
		assertThat(slugs).hasSizeGreaterThan(1);
		slugs.forEach((slug) -> this.jobs.documentChanged(slug, "a test links it alone"));
		JobQueue.awaitIdle(this.jobs);
		assertThat(linksOutside("")).isEqualTo(full);
	}

	@Test
	void importingADocumentLeavesEveryOtherDocumentsLinksAsTheyWere() {
		List<Long> rows = linkRowsOutside(SLUG);
		List<String> links = linksOutside(SLUG);
		assertThat(this.drift.measure()).hasValueSatisfying((d) -> assertThat(d.changedPassages()).isZero());

		this.importer.importDocument(
				new DocumentMetadata(SLUG, "Snapshot notes", null, null, null, null, null, "analysis", null),
				CorpusFile.of("notes.txt", TEXT), "admin");
		JobQueue.awaitIdle(this.jobs);

		assertThat(linkRowsOutside(SLUG)).isEqualTo(rows);
		assertThat(linksOutside(SLUG)).isEqualTo(links);
		List<String> own = this.jdbc.queryForList("select distinct p.ordinal || ':' || l.article_number "
				+ "from article_link l join passage p on p.id = l.passage_id join source_document d "
				+ "on d.id = p.document_id where d.slug = ?", String.class, SLUG);
		// the ordinal and "final article" citations of the new text are read
		assertThat(own).contains("2:3", "3:4", "6:47");
		assertThat(this.drift.measure()).hasValueSatisfying((d) -> {
			assertThat(d.changedDocuments()).isEqualTo(1);
			assertThat(d.changedPassages()).isEqualTo(6);
		});
	}

	@Test
	void theReviewPageOffersARelinkWhenTheCorpusHasDrifted() throws Exception {
		this.mvc.perform(get("/editor/review").with(TestEditor.page()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"relink-all\""))));
		StringBuilder longer = new StringBuilder("A long survey\n");
		for (int i = 1; i <= 60; i++) {
			longer.append("Paragraph ").append(i).append(" of a long survey of trade between the two states.\n");
		}
		this.importer.importDocument(
				new DocumentMetadata(SLUG, "Snapshot notes", null, null, null, null, null, "analysis", null),
				CorpusFile.of("notes.txt", longer.toString()), "admin");
		JobQueue.awaitIdle(this.jobs);
		this.mvc.perform(get("/editor/review").with(TestEditor.page()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The corpus has moved since the last full relink")))
			.andExpect(content().string(containsString("id=\"relink-all\"")));
		this.mvc.perform(post("/editor/links/recompute")).andExpect(status().isForbidden());
		this.mvc.perform(post("/editor/links/recompute").with(TestEditor.page()))
			.andExpect(redirectedUrl("/editor/review"));
		JobQueue.awaitIdle(this.jobs);
		assertThat(this.drift.measure()).hasValueSatisfying((d) -> assertThat(d.changedPassages()).isZero());
	}

}
