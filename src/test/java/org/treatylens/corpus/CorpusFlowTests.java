package org.treatylens.corpus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.treatylens.commentary.PassageRepository;
import org.treatylens.commentary.SourceDocumentRepository;
import org.treatylens.treaty.TreatyRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole app on PostgreSQL with the bundled corpus loaded at start-up, as a user finds
 * it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorpusFlowTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CorpusJobs jobs;

	@BeforeEach
	void waitForTheStartUpJobs() {
		JobQueue.awaitIdle(this.jobs);
	}

	@Autowired
	private CorpusLoader loader;

	@Autowired
	private TreatyRepository treaties;

	@Autowired
	private SourceDocumentRepository documents;

	@Autowired
	private PassageRepository passages;

	@Test
	void shouldServeTheTreatyWithFortySevenArticlesOfWhichEightHaveText() throws Exception {
		this.mvc.perform(get("/api/articles"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(47)))
			.andExpect(jsonPath("$[?(@.present == true)].number", contains(1, 2, 3, 4, 5, 6, 19, 23)))
			.andExpect(jsonPath("$[2].paragraphs", hasSize(4)))
			.andExpect(jsonPath("$[2].paragraphs[3].eid").value("art_3__para_4"));
		this.mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("47, of which 8 with text in the corpus")))
			.andExpect(content().string(containsString("Russian Federation and Islamic Republic of Iran")));
	}

	@Test
	void shouldServeTheFiveSourcesWithTheManifestsMetadata() throws Exception {
		this.mvc.perform(get("/api/documents"))
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(jsonPath("$[0].slug").value("russia-iran-relations"))
			.andExpect(jsonPath("$[0].author").value(nullValue()))
			.andExpect(jsonPath("$[0].published").value(nullValue()))
			.andExpect(jsonPath("$[1].author").value("Brecht Jonkers"))
			.andExpect(jsonPath("$[1].publisher").value("Crescent International"))
			.andExpect(jsonPath("$[1].published").value("2025-02"))
			.andExpect(jsonPath("$[1].title").value(nullValue()))
			.andExpect(jsonPath("$[2].published").value("2025-01-24"))
			.andExpect(jsonPath("$[4].author").value("dpa"))
			.andExpect(jsonPath("$[4].kind").value("news"))
			.andExpect(jsonPath("$[*].passages", everyItem(greaterThan(0))));
		this.mvc.perform(get("/documents/stern-dpa-two-decades").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("passage--boilerplate")))
			.andExpect(content().string(containsString("Leave a Reply")));
	}

	@Test
	void shouldAddNothingWhenTheCorpusIsLoadedAgain() {
		long treatyCount = this.treaties.count();
		long documentCount = this.documents.count();
		long passageCount = this.passages.count();

		assertThat(this.loader.load()).isEmpty();

		assertThat(this.treaties.count()).isEqualTo(treatyCount).isEqualTo(1);
		assertThat(this.documents.count()).isEqualTo(documentCount).isGreaterThanOrEqualTo(5);
		assertThat(this.passages.count()).isEqualTo(passageCount);
	}

}
