package org.treatylens.corpus;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a kill -9 leaves behind: an import committed with its job, but neither linked nor
 * indexed. The worker's start (as at the next start-up) finishes it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class JobResumeTests {

	@Autowired
	private CorpusImporter importer;

	@Autowired
	private CorpusJobWorker worker;

	@Autowired
	private CorpusJobs jobs;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@BeforeEach
	void waitForTheStartUpJobs() {
		JobQueue.awaitIdle(this.jobs);
	}

	// the application context (and its corpus) is shared with other test classes: the
	// document's words stay out of their searches
	@Test
	void aJobLeftUnfinishedIsFinishedWhenTheWorkerStartsAgain() throws Exception {
		// kept for readers as rendered before the import: not served while it is linked
		this.mvc.perform(get("/articles/4")).andExpect(status().isOk());
		this.worker.stop();
		Imported<SourceDocument> imported;
		try {
			imported = this.importer.importDocument(
					new DocumentMetadata("after-a-crash", "After a crash", null, null, null, null, null, null, null),
					CorpusFile.of("crash.txt", "Article 4 has the two spy agencies trade what they learn; "
							+ "the resumptorian view doubts it.\n"));
			Thread.sleep(500);
			assertThat(this.jobs.find(imported.job().id()).orElseThrow().state()).isEqualTo(CorpusJob.State.PENDING);
			this.mvc.perform(get("/api/search").param("q", "resumptorian").param("mode", "words"))
				.andExpect(jsonPath("$.total").value(0));
			this.mvc.perform(get("/articles/4"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
					.string(org.hamcrest.Matchers.containsString("Linking in progress")));
		}
		finally {
			this.worker.start();
		}

		JobQueue.awaitIdle(this.jobs, Duration.ofMinutes(1));

		assertThat(this.jobs.find(imported.job().id()).orElseThrow().state()).isEqualTo(CorpusJob.State.SEARCHABLE);
		this.mvc.perform(get("/api/search").param("q", "resumptorian").param("mode", "words"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].document").value("after-a-crash"));
		assertThat(this.jdbc.queryForObject("select count(*) from article_link l join passage p on p.id = l.passage_id "
				+ "join source_document d on d.id = p.document_id where d.slug = 'after-a-crash' "
				+ "and l.article_number = 4", Integer.class))
			.isPositive();
	}

}
