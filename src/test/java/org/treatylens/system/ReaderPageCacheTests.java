package org.treatylens.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;
import org.treatylens.linking.LinksRecomputed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reading page or search asked for again is served as rendered, to readers only, and
 * rendered anew once the corpus moves on. (That every change the app makes reaches the
 * pages at once is what the eviction tests of each page check, through this cache.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReaderPageCacheTests {

	private static final String DESK = "/articles/3";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CorpusJobs jobs;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReaderPageCache cache;

	@Autowired
	private ApplicationEventPublisher events;

	@BeforeEach
	void waitForTheStartUpJobs() {
		JobQueue.awaitIdle(this.jobs);
	}

	@Test
	void aReaderAskingAgainGetsThePageWithoutItBeingRenderedAgain() throws Exception {
		String first = page(get(DESK));
		String[] again = new String[1];
		int statements = StatementCounter.count(() -> again[0] = page(get(DESK)));
		assertThat(again[0]).isEqualTo(first);
		// only the question whether the corpus is still where it was
		assertThat(statements).isEqualTo(1);
	}

	@Test
	void anyEventOfTheAppsOwnDropsTheKeptPages() throws Exception {
		page(get("/coverage"));
		assertThat(this.cache.size()).isPositive();
		// links stored by a job, said without a new job in the queue
		this.events.publishEvent(new LinksRecomputed());
		assertThat(this.cache.size()).isZero();
		page(get("/coverage"));
		// an event of Spring's own says nothing about the corpus
		this.events.publishEvent("a string from elsewhere");
		assertThat(this.cache.size()).isEqualTo(1);
	}

	@Test
	void eachAddressIsAPageOfItsOwn() throws Exception {
		page(get(DESK));
		page(get(DESK));
		assertThat(page(get(DESK + "?para=1"))).contains("Showing what discusses paragraph 1.");
		assertThat(page(get(DESK).param("para", "1"))).contains("Showing what discusses paragraph 1.");
		assertThat(page(get(DESK))).doesNotContain("Showing what discusses paragraph");
	}

	@Test
	void anEditorAlwaysGetsAPageOfTheirOwnAndReadersNeverGetIt() throws Exception {
		page(get(DESK));
		String editor = page(get(DESK).with(TestEditor.page()));
		assertThat(editor).contains("Add a link to this article");
		assertThat(page(get(DESK))).doesNotContain("Add a link to this article");
	}

	@Test
	void aJobQueuedBehindTheAppsBackMakesThePagesRenderAgain() throws Exception {
		page(get("/coverage"));
		assertThat(StatementCounter.count(() -> page(get("/coverage")))).isEqualTo(1);
		// as another node of the app would: no event here, only the queue in the database
		String slug = this.jdbc.queryForObject("select slug from source_document order by id limit 1", String.class);
		this.jdbc.update("insert into corpus_job (action, document_slug, reason) values ('REINDEX_DOCUMENT', ?, ?)",
				slug, "queued by another node");
		assertThat(StatementCounter.count(() -> page(get("/coverage")))).isGreaterThan(1);
		JobQueue.awaitIdle(this.jobs);
		assertThat(page(get("/coverage"))).doesNotContain("Linking in progress");
		assertThat(StatementCounter.count(() -> page(get("/coverage")))).isEqualTo(1);
	}

	@Test
	void searchesAreKeptButNotResultsOfTheMomentNorTheApi() throws Exception {
		int kept = this.cache.size();
		page(get("/api/search").param("q", "sanctions"));
		page(get("/api/search").param("q", "sanctions"));
		// only syntax, no words: the page says so, for this query only
		assertThat(page(get("/search").param("q", "(((("))).contains("only query syntax");
		assertThat(this.cache.size()).isEqualTo(kept);
		page(get("/search").param("q", "sanctions").param("unread", Long.toString(System.nanoTime())));
		assertThat(this.cache.size()).isEqualTo(kept + 1);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
