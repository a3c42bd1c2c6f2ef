package org.treatylens.linking;

import java.util.List;
import java.util.Set;

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
import org.springframework.transaction.support.TransactionTemplate;

import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;
import org.treatylens.system.TestEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People's decisions about links, on the whole app with the bundled corpus: they win over
 * the machine's links, survive a relink, show to readers, feed the review queue and
 * export as gold links. Every test takes its decisions back.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LinkJudgmentFlowTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ArticleLinks links;

	@Autowired
	private CorpusJobs jobs;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private LinkJudgments judgments;

	@AfterEach
	void takeTheDecisionsBack() {
		this.jdbc.update("delete from link_judgment");
		// behind the app's back: what it keeps of the links (the coverage) is told
		this.events.publishEvent(new LinksRecomputed());
	}

	private void judge(long passage, int article, Integer paragraph, String verdict, String note) throws Exception {
		this.mvc
			.perform(post("/api/links/judgments").with(TestEditor.api())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"passageId\": %d, \"article\": %d, \"paragraph\": %s, \"verdict\": \"%s\", \"note\": %s}"
					.formatted(passage, article, paragraph, verdict, (note != null) ? "\"" + note + "\"" : "null")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.verdict").value(verdict));
	}

	@BeforeEach
	void waitForTheStartUpJobs() {
		JobQueue.awaitIdle(this.jobs);
	}

	private void relink() {
		this.jobs.relinkAll("a test relinks everything");
		JobQueue.awaitIdle(this.jobs);
	}

	@Test
	void shouldDropARejectedLinkForReadersEvenAfterARelink() throws Exception {
		LinkedPassage weakest = this.links.forArticle(3).getLast();
		judge(weakest.passageId(), 3, null, "reject", "background only");
		assertThat(this.links.forArticle(3)).extracting(LinkedPassage::passageId).doesNotContain(weakest.passageId());

		relink();

		assertThat(this.links.forArticle(3)).extracting(LinkedPassage::passageId).doesNotContain(weakest.passageId());
		this.mvc.perform(get("/api/articles/3/passages"))
			.andExpect(jsonPath("$.passages[*].passageId", not(hasItem((int) weakest.passageId()))));
		this.mvc.perform(get("/api/articles/3/history"))
			.andExpect(jsonPath("$[0].action").value("reject"))
			.andExpect(jsonPath("$[0].summary").value(containsString("background only")));
	}

	@Test
	void shouldMoveTheSearchsArticleFacetWithADecisionWithoutAFullReindex() throws Exception {
		LinkedPassage passage = this.links.forArticle(3).getFirst();
		String text = this.jdbc.queryForObject("select text from passage where id = ?", String.class,
				passage.passageId());
		String word = java.util.Arrays.stream(text.split("[^\\p{IsAlphabetic}]+"))
			.max(java.util.Comparator.comparingInt(String::length))
			.orElseThrow();
		String search = "/api/search?mode=words&size=50&article=47&q=" + word;
		this.mvc.perform(get(search))
			.andExpect(jsonPath("$.hits[*].passageId", not(hasItem((int) passage.passageId()))));
		long before = this.jdbc.queryForObject("select count(*) from corpus_job where action = 'REINDEX_ALL'",
				Long.class);

		judge(passage.passageId(), 47, null, "add", null);
		JobQueue.awaitIdle(this.jobs);
		this.mvc.perform(get(search)).andExpect(jsonPath("$.hits[*].passageId", hasItem((int) passage.passageId())));

		judge(passage.passageId(), 47, null, "reject", null);
		JobQueue.awaitIdle(this.jobs);
		this.mvc.perform(get(search))
			.andExpect(jsonPath("$.hits[*].passageId", not(hasItem((int) passage.passageId()))));
		// one document's entries were rewritten, twice; the index was not rebuilt
		assertThat(this.jdbc.queryForList(
				"select state from corpus_job where action = 'REINDEX_DOCUMENT' order by id desc limit 2",
				String.class))
			.containsExactly("SEARCHABLE", "SEARCHABLE");
		assertThat(this.jdbc.queryForObject("select count(*) from corpus_job where action = 'REINDEX_ALL'", Long.class))
			.isEqualTo(before);
	}

	@Test
	void shouldGiveDecisionsInARowOnOneDocumentOneReindexJob() {
		java.util.Map<String, List<LinkedPassage>> byDocument = this.links.forArticle(3)
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(LinkedPassage::document));
		List<LinkedPassage> two = byDocument.values()
			.stream()
			.filter((passages) -> passages.size() >= 2)
			.findFirst()
			.orElseThrow();
		String count = "select count(*) from corpus_job where action = 'REINDEX_DOCUMENT' and document_slug = ?";
		long before = this.jdbc.queryForObject(count, Long.class, two.get(0).document());

		this.transactions.executeWithoutResult((status) -> {
			for (LinkedPassage passage : two.subList(0, 2)) {
				this.judgments.judge(new LinkJudgments.Judgment(passage.passageId(), 3, null, "accept", null), "admin");
			}
		});

		assertThat(this.jdbc.queryForObject(count, Long.class, two.get(0).document())).isEqualTo(before + 1);
		JobQueue.awaitIdle(this.jobs);
	}

	@Test
	void shouldRefuseANoteOverTheLimitSayingTheLimit() throws Exception {
		LinkedPassage passage = this.links.forArticle(3).getFirst();
		this.mvc
			.perform(post("/api/links/judgments").with(TestEditor.api())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"passageId\": %d, \"article\": 3, \"verdict\": \"accept\", \"note\": \"%s\"}"
					.formatted(passage.passageId(), "n".repeat(10_001))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The note is 10,001 characters long; at most 10,000 are allowed."));
	}

	@Test
	void shouldShowAnAddedLinkAndAnAcceptedOneAsConfirmedByAPerson() throws Exception {
		LinkedPassage cited = this.links.forArticle(3).getFirst();
		assertThat(cited.confirmed()).isFalse();
		judge(cited.passageId(), 3, null, "accept", null);
		judge(cited.passageId(), 23, 1, "add", "reads as a reference to the consultations");

		LinkedPassage accepted = this.links.forArticle(3)
			.stream()
			.filter((p) -> p.passageId() == cited.passageId())
			.findFirst()
			.orElseThrow();
		assertThat(accepted.confirmed()).isTrue();
		assertThat(accepted.kind()).isEqualTo(cited.kind());
		this.mvc.perform(get("/api/articles/23/passages"))
			.andExpect(jsonPath("$.passages[?(@.passageId == %d)].reason".formatted(cited.passageId()))
				.value(hasItem("editor")))
			.andExpect(jsonPath("$.passages[?(@.passageId == %d)].confirmed".formatted(cited.passageId()))
				.value(hasItem(true)));
		this.mvc.perform(get("/articles/3")).andExpect(content().string(containsString("confirmed by an editor")));
	}

	@Test
	void shouldExportTheDecisionsInTheShapeOfTheGoldFiles() throws Exception {
		List<LinkedPassage> linked = this.links.forArticle(3);
		LinkedPassage first = linked.getFirst();
		LinkedPassage last = linked.getLast();
		judge(first.passageId(), 3, null, "accept", null);
		judge(first.passageId(), 4, null, "add", null);
		judge(last.passageId(), 3, null, "reject", null);
		String tsv = this.mvc.perform(get("/api/links/judgments"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/tab-separated-values"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> rows = tsv.lines().toList();
		assertThat(rows.getFirst()).isEqualTo("slug\tline\tpositive\toptional\tsnippet");
		int line = this.jdbc.queryForObject("select line_number from passage where id = ?", Integer.class,
				first.passageId());
		String snippet = first.text().replaceAll("\\s+", " ").strip();
		assertThat(rows).contains(
				first.document() + "\t" + line + "\t3,4\t-\t" + snippet.substring(0, Math.min(70, snippet.length())));
		assertThat(rows).anyMatch((row) -> row.startsWith(last.document() + "\t") && row.contains("\t-\t-\t"));
		assertThat(rows).hasSize(3);
	}

	@Test
	void shouldRefuseADecisionThatNamesNothingRealWithTheReason() throws Exception {
		long passage = this.links.forArticle(3).getFirst().passageId();
		String[][] cases = {
				{ "{\"passageId\": %d, \"article\": 3, \"verdict\": \"maybe\"}".formatted(passage),
						"accept, reject or add" },
				{ "{\"passageId\": %d, \"article\": 48, \"verdict\": \"add\"}".formatted(passage), "articles 1 to 47" },
				{ "{\"passageId\": %d, \"article\": 3, \"paragraph\": 9, \"verdict\": \"add\"}".formatted(passage),
						"Article 3 has no paragraph 9" },
				{ "{\"passageId\": 999999999, \"article\": 3, \"verdict\": \"add\"}", "no passage 999999999" } };
		for (String[] bad : cases) {
			this.mvc
				.perform(post("/api/links/judgments").with(TestEditor.api())
					.contentType(MediaType.APPLICATION_JSON)
					.content(bad[0]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$..*", hasItem(containsString(bad[1]))));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from link_judgment", Long.class)).isZero();
	}

	@Test
	void shouldLetOnlyEditorsJudgeLinksWhileAnyoneReadsTheDecisions() throws Exception {
		long passage = this.links.forArticle(3).getFirst().passageId();
		String body = "{\"passageId\": %d, \"article\": 3, \"verdict\": \"reject\"}".formatted(passage);
		this.mvc.perform(post("/api/links/judgments").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/links/judgments").with(user("reader").roles("READER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/editor/review")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/links/judgments")).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from link_judgment", Long.class)).isZero();
	}

	@Test
	void shouldQueueTheUnjudgedLinksWeakestFirstAndMoveOnAfterADecision() throws Exception {
		String page = this.mvc.perform(get("/editor/review").with(TestEditor.page()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Double> scores = this.jdbc.queryForList("select score from article_link order by score, passage_id",
				Double.class);
		assertThat(page).contains("score " + String.format(java.util.Locale.ROOT, "%.2f", scores.getFirst()));
		long passage = Long.parseLong(page.replaceAll("(?s).*name=\"passageId\" value=\"(\\d+)\".*", "$1"));
		int article = Integer.parseInt(page.replaceAll("(?s).*name=\"article\" value=\"(\\d+)\".*", "$1"));
		long before = this.jdbc.queryForObject("select count(*) from link_judgment", Long.class);

		this.mvc
			.perform(post("/editor/review").with(TestEditor.page())
				.param("passageId", String.valueOf(passage))
				.param("article", String.valueOf(article))
				.param("verdict", "reject"))
			.andExpect(redirectedUrl("/editor/review?skip=0"));

		assertThat(this.jdbc.queryForObject("select count(*) from link_judgment", Long.class)).isEqualTo(before + 1);
		String next = this.mvc.perform(get("/editor/review").with(TestEditor.page()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String nextItem = next
			.replaceAll("(?s).*name=\"passageId\" value=\"(\\d+)\".*name=\"article\" value=\"(\\d+)\".*", "$1/$2");
		assertThat(nextItem).matches("\\d+/\\d+").isNotEqualTo(passage + "/" + article);
	}

}
