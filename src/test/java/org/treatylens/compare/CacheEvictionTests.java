package org.treatylens.compare;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;
import org.treatylens.linking.ArticleLinks;
import org.treatylens.linking.LinkedPassage;
import org.treatylens.linking.LinksRecomputed;
import org.treatylens.system.TestEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the pages keep in memory (the source list, the coverage counts) follows every
 * change as soon as it commits: a hidden document leaves the front page, the source list
 * and the coverage map at once, and a rejected link leaves the counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CacheEvictionTests {

	private static final String ANALYST = "russia-iran-relations";

	private static final String JONKERS = "crescent-jonkers";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CorpusJobs jobs;

	@Autowired
	private ArticleLinks links;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@BeforeEach
	void waitForTheStartUpJobs() {
		JobQueue.awaitIdle(this.jobs);
	}

	@AfterEach
	void takeTheDecisionsBack() throws Exception {
		hide(JONKERS, false);
		this.jdbc.update("delete from link_judgment");
		// behind the app's back: what it keeps of the links is told
		this.events.publishEvent(new LinksRecomputed());
	}

	@Test
	void aHiddenDocumentLeavesTheCachedListsAtOnce() throws Exception {
		// filled before the change
		assertThat(page("/")).contains("href=\"/documents/" + JONKERS + "\"");
		assertThat(page("/coverage")).contains("href=\"/documents/" + JONKERS + "\"");
		assertThat(page("/documents")).contains("href=\"/documents/" + JONKERS + "\"");
		hide(JONKERS, true);
		assertThat(page("/")).doesNotContain("href=\"/documents/" + JONKERS + "\"");
		assertThat(page("/coverage")).doesNotContain("href=\"/documents/" + JONKERS + "\"");
		assertThat(page("/documents")).doesNotContain("href=\"/documents/" + JONKERS + "\"");
		hide(JONKERS, false);
		assertThat(page("/coverage")).contains("href=\"/documents/" + JONKERS + "\"");
	}

	@Test
	void aRejectedLinkLeavesTheCachedCountsAtOnce() throws Exception {
		int before = analystOnThree(page("/coverage"));
		assertThat(before).isPositive();
		LinkedPassage weakest = this.links.forArticle(3)
			.stream()
			.filter((p) -> p.document().equals(ANALYST))
			.reduce((first, second) -> second)
			.orElseThrow();
		this.mvc
			.perform(post("/api/links/judgments").with(TestEditor.api())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"passageId\": %d, \"article\": 3, \"verdict\": \"reject\"}".formatted(weakest.passageId())))
			.andExpect(status().isCreated());
		assertThat(analystOnThree(page("/coverage"))).isEqualTo(before - 1);
	}

	private void hide(String slug, boolean hidden) throws Exception {
		this.mvc
			.perform(patch("/api/documents/" + slug).with(TestEditor.api())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"hidden\": " + hidden + "}"))
			.andExpect(status().isOk());
	}

	private static int analystOnThree(String coverage) {
		Matcher cell = Pattern.compile("href=\"/compare\\?article=3&amp;sources=" + ANALYST
				+ "\"[^>]*>(?:<span class=\"visually-hidden\">[^<]*</span>)?\\s*<span class=\"cell__count\">(\\d+)</span>")
			.matcher(coverage);
		assertThat(cell.find()).isTrue();
		return Integer.parseInt(cell.group(1));
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
