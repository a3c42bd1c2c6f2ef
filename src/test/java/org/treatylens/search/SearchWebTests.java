package org.treatylens.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.treatylens.corpus.CorpusJobs;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * While the index is being rebuilt, search says so (503, Retry-After, a problem JSON; a
 * notice on the page) instead of answering "0 results".
 */
@WebMvcTest({ SearchApiController.class, SearchController.class })
class SearchWebTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SearchService search;

	@MockitoBean
	private CorpusJobs jobs;

	@Test
	void shouldAnswerThatTheIndexIsBeingRebuiltOnTheApiAndThePage() throws Exception {
		given(this.search.search(any())).willThrow(new SearchIndexRebuildingException());
		this.mvc.perform(get("/api/search").param("q", "sanctions"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "10"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.detail").value(containsString("being rebuilt")));
		this.mvc.perform(get("/search").param("q", "sanctions"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "10"))
			.andExpect(content().string(containsString("The search index is being rebuilt")));
	}

}
