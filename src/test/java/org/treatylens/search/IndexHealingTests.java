package org.treatylens.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.SourceDocument;
import org.treatylens.corpus.CorpusFile;
import org.treatylens.corpus.CorpusImporter;
import org.treatylens.corpus.CorpusJob;
import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.Imported;
import org.treatylens.corpus.JobQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The index heals on the real database: a write that fails (the index directory gone, a
 * file in its place) leaves the old index served, and once the directory can be written
 * again a new writer rebuilds it from PostgreSQL, so the import that met the failure ends
 * up searchable; an index that holds less than the database says is rebuilt at start-up.
 */
@SpringBootTest(properties = "treatylens.jobs.repair-interval=1s")
@AutoConfigureMockMvc
class IndexHealingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private CorpusImporter importer;

	@Autowired
	private CorpusJobs jobs;

	@Autowired
	private PassageIndex index;

	@Autowired
	private SearchIndexUpdater updater;

	@Autowired
	private JdbcTemplate jdbc;

	@Value("${treatylens.data-dir}")
	private Path dataDir;

	@BeforeEach
	void waitForTheStartUpJobs() {
		JobQueue.awaitIdle(this.jobs);
	}

	/** Puts a file where the index directory was: every index write now fails. */
	private Path blockTheIndexDirectory() throws IOException {
		Path location = this.dataDir.resolve("index");
		Files.move(location, this.dataDir.resolve("index-moved-" + System.nanoTime()));
		Files.writeString(location, "not a directory");
		return location;
	}

	private Imported<SourceDocument> importDocument(String slug, String word) {
		return this.importer.importDocument(new DocumentMetadata(slug, slug, null, null, null, null, null, null, null),
				CorpusFile.of(slug + ".txt", "Article 5 speaks of mutual visits; the " + word + " reading of it.\n"));
	}

	private CorpusJob awaitJob(long id, Predicate<CorpusJob> condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		CorpusJob job = this.jobs.find(id).orElseThrow();
		while (!condition.test(job)) {
			assertThat(System.nanoTime()).as("job %s in time, now %s", id, job).isLessThan(deadline);
			Thread.sleep(50);
			job = this.jobs.find(id).orElseThrow();
		}
		return job;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> search(String q) throws Exception {
		return this.json.readValue(
				this.mvc.perform(get("/api/search").param("q", q)).andReturn().getResponse().getContentAsString(),
				Map.class);
	}

	@SuppressWarnings("unchecked")
	private List<String> documentsFound(String q) throws Exception {
		return ((List<Map<String, Object>>) search(q).get("hits")).stream()
			.map((hit) -> (String) hit.get("document"))
			.toList();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aFailedIndexWriteKeepsTheOldIndexServedAndTheRetryRebuildsItWithANewWriter() throws Exception {
		Path location = blockTheIndexDirectory();
		Imported<SourceDocument> imported;
		try {
			imported = importDocument("healed-on-retry", "retrohealing");
			CorpusJob failedOnce = awaitJob(imported.job().id(), (job) -> job.attempts() >= 1);
			assertThat(failedOnce.error()).isNotBlank();
			Map<String, Object> old = search("territorial integrity");
			assertThat((List<Object>) old.get("hits")).isNotEmpty();
			assertThat((List<String>) old.get("notices")).anyMatch((n) -> n.contains("being rebuilt"));
		}
		finally {
			Files.delete(location);
		}

		assertThat(awaitJob(imported.job().id(), CorpusJob::finished).state()).isEqualTo(CorpusJob.State.SEARCHABLE);
		assertThat(documentsFound("retrohealing")).containsExactly("healed-on-retry");
		assertThat(documentsFound("territorial integrity")).contains("russia-iran-relations");
		assertThat((List<String>) search("territorial integrity").get("notices"))
			.noneMatch((n) -> n.contains("rebuilt"));
	}

	@Test
	void aJobThatGaveUpIsMadeSearchableByTheRepairOnceTheIndexCanBeWrittenAgain() throws Exception {
		Path location = blockTheIndexDirectory();
		Imported<SourceDocument> imported;
		try {
			imported = importDocument("healed-by-repair", "repairhealing");
			CorpusJob failed = awaitJob(imported.job().id(), CorpusJob::finished);
			assertThat(failed.state()).isEqualTo(CorpusJob.State.FAILED);
			assertThat(failed.attempts()).isEqualTo(3);
			this.mvc.perform(get("/api/import/jobs/" + failed.id()))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.state")
					.value("failed"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.error")
					.isNotEmpty());
		}
		finally {
			Files.delete(location);
		}

		awaitJob(imported.job().id(), (job) -> job.state() == CorpusJob.State.SEARCHABLE);
		assertThat(documentsFound("repairhealing")).containsExactly("healed-by-repair");
	}

	@Test
	void anIndexThatHoldsLessThanTheDatabaseSaysIsRebuiltAtStartUp() {
		long held = this.index.generation();
		// what an index directory restored from an older copy looks like: the database
		// has
		// a searchable job the index never saw
		long lost = this.jdbc.queryForObject("insert into corpus_job (action, state, linked_at, finished_at) "
				+ "values ('REINDEX_ALL', 'SEARCHABLE', now(), now()) returning id", Long.class);
		assertThat(lost).isGreaterThan(held);

		this.updater.start();

		assertThat(this.jobs.waiting(CorpusJob.Action.REINDEX_ALL)).isTrue();
		JobQueue.awaitIdle(this.jobs);
		assertThat(this.index.generation()).isGreaterThan(lost);
	}

}
