package org.treatylens.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import org.treatylens.system.TestEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Imports arriving at once, through the API on the real database, as the attack on the
 * old write path sent them: every one is stored, linked and made searchable, none answers
 * 500, and no document's links are lost to another's import.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentImportTests {

	private static final int IMPORTS = 20;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CorpusJobs jobs;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JsonMapper json;

	@BeforeEach
	void waitForTheStartUpJobs() {
		JobQueue.awaitIdle(this.jobs);
	}

	private static final String CONSONANTS = "bcdfghjklmnpqrtvwxz";

	/**
	 * A word no other text has, of consonants after its stem so that stemming leaves each
	 * one distinct.
	 */
	private static String marker(String run, int i) {
		return "quillomar" + run + CONSONANTS.charAt(i / CONSONANTS.length())
				+ CONSONANTS.charAt(i % CONSONANTS.length());
	}

	private static MockMultipartFile file(String marker) {
		String text = "Notes on the partnership\n\nArticle 3 of the treaty binds both parties not to help an aggressor; "
				+ "the " + marker + " reading of it stresses sovereignty.\n";
		return new MockMultipartFile("file", marker + ".txt", "text/plain", text.getBytes());
	}

	private MockHttpServletResponse upload(String slug, String marker) throws Exception {
		return this.mvc
			.perform(multipart("/api/import/documents").file(file(marker)).param("slug", slug).with(TestEditor.api()))
			.andReturn()
			.getResponse();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> getJson(String url, String... params) throws Exception {
		var request = get(url);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.json.readValue(this.mvc.perform(request).andReturn().getResponse().getContentAsString(), Map.class);
	}

	private <T> List<T> atOnce(int threads, List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(2, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void twentyParallelImportsAreAllStoredLinkedAndSearchableAndOtherLinksStay() throws Exception {
		List<Long> linksBefore = this.jdbc.queryForList("select id from article_link order by id", Long.class);
		assertThat(linksBefore).isNotEmpty();
		List<Callable<MockHttpServletResponse>> imports = new ArrayList<>();
		for (int i = 0; i < IMPORTS; i++) {
			int n = i;
			imports.add(() -> upload("parallel-" + n, marker("t", n)));
		}

		List<MockHttpServletResponse> answers = atOnce(IMPORTS, imports);

		assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
		JobQueue.awaitIdle(this.jobs, java.time.Duration.ofMinutes(2));
		for (MockHttpServletResponse answer : answers) {
			Map<String, Object> body = this.json.readValue(answer.getContentAsString(), Map.class);
			String link = (String) ((Map<String, Object>) body.get("job")).get("link");
			assertThat(getJson(link).get("state")).isEqualTo("searchable");
		}
		List<Map<String, Object>> article3 = (List<Map<String, Object>>) getJson("/api/articles/3/passages")
			.get("passages");
		for (int i = 0; i < IMPORTS; i++) {
			String slug = "parallel-" + i;
			Map<String, Object> found = getJson("/api/search", "q", marker("t", i), "mode", "words");
			assertThat((List<Map<String, Object>>) found.get("hits")).as(slug + " searchable")
				.singleElement()
				.satisfies((hit) -> assertThat(hit.get("document")).isEqualTo(slug));
			assertThat(article3).as(slug + " linked to Article 3")
				.anyMatch((p) -> slug.equals(p.get("document")) && "citation".equals(p.get("reason")));
		}
		// every link stored before is still there, row for row
		assertThat(this.jdbc.queryForList("select id from article_link", Long.class)).containsAll(linksBefore);
	}

	@Test
	void theSameNewSlugSentFiveTimesAtOnceIsStoredOnceAndTheOthersAreConflicts() throws Exception {
		List<Callable<Integer>> imports = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			int n = i;
			imports.add(() -> upload("same-slug", marker("d", n)).getStatus());
		}

		List<Integer> statuses = atOnce(5, imports);

		assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409, 409);
		assertThat(this.jdbc.queryForObject("select count(*) from source_document where slug = 'same-slug'",
				Integer.class))
			.isEqualTo(1);
	}

}
