package org.treatylens.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;
import org.treatylens.system.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page and API list costs a constant number of SQL statements, on the bundled
 * corpus (47 articles, five sources): the treaty and the source list come from memory,
 * the rest is one query per kind of thing, never one per article or per source. A page
 * that went back to asking article by article (47) or source by source would exceed the
 * bound.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageQueryCountTests {

	/**
	 * At most this many statements a request: the page's own queries (the document reader
	 * has the most: the document, its passages, their links and their references) and the
	 * layout's question whether linking jobs are waiting.
	 */
	private static final int BOUND = 5;

	private static final List<String> PAGES = List.of("/", "/articles/3", "/coverage", "/compare?article=3",
			"/documents", "/documents/russia-iran-relations", "/api/articles", "/api/documents",
			"/api/articles/3/passages", "/api/documents/russia-iran-relations");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CorpusJobs jobs;

	@BeforeEach
	void waitForTheStartUpJobs() {
		JobQueue.awaitIdle(this.jobs);
	}

	@Test
	void everyPageCostsAConstantNumberOfStatements() throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : PAGES) {
			// the first request may fill the caches; the second is rendered again, not
			// served as kept for readers: its address is new
			this.mvc.perform(get(page)).andExpect(status().isOk());
			String again = page + (page.contains("?") ? "&" : "?") + "again";
			counts.put(page, StatementCounter.count(() -> this.mvc.perform(get(again)).andExpect(status().isOk())));
		}
		// the figures docs/scaling.md gives
		System.out.println("Statements per request: " + counts);
		assertThat(counts).allSatisfy((page, count) -> assertThat(count).as(page).isLessThanOrEqualTo(BOUND));
	}

}
