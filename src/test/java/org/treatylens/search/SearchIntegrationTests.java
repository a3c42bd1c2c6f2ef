package org.treatylens.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import org.treatylens.system.SiteAddress;
import org.treatylens.system.TestEditor;
import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search over the bundled corpus, loaded into PostgreSQL and indexed at start-up: the
 * passages a reader expects come first, and the page and the API say so safely.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SiteAddress site;

	@Autowired
	private CorpusJobs jobs;

	@BeforeEach
	void waitForTheStartUpJobs() {
		JobQueue.awaitIdle(this.jobs);
	}

	@Autowired
	private JsonMapper json;

	@Autowired
	private SearchCorpus corpus;

	@SuppressWarnings("unchecked")
	private Map<String, Object> api(String query, String... params) throws Exception {
		var request = get("/api/search").param("q", query);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		String body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readValue(body, Map.class);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> hits(Map<String, Object> response) {
		return (List<Map<String, Object>>) response.get("hits");
	}

	private static List<Map<String, Object>> byWords(List<Map<String, Object>> hits) {
		return hits.stream().filter((hit) -> !"meaning".equals(hit.get("matched"))).toList();
	}

	private static String plain(Map<String, Object> hit) {
		return ((String) hit.get("snippet")).replace("<mark>", "").replace("</mark>", "");
	}

	@Test
	void shouldPutTheTreatyProvisionAndItsCommentaryFirstForTerritorialIntegrity() throws Exception {
		List<Map<String, Object>> top = hits(api("territorial integrity", "size", "5"));
		assertThat(top).anyMatch((hit) -> Integer.valueOf(3).equals(hit.get("article"))
				&& Integer.valueOf(1).equals(hit.get("paragraph")));
		assertThat(top).anyMatch((hit) -> "russia-iran-relations".equals(hit.get("document")));
		// hits found by the words show them marked (hybrid adds passages found by meaning
		// alone)
		assertThat(byWords(top)).isNotEmpty().allMatch((hit) -> ((String) hit.get("snippet")).contains("<mark>"));
		assertThat(top).anyMatch((hit) -> ((String) hit.get("snippet")).contains("<mark>territorial integrity</mark>"));
	}

	@Test
	void shouldFindTheArticle19DiscussionForSanctions() throws Exception {
		List<Map<String, Object>> top = hits(api("sanctions", "size", "5"));
		assertThat(top).hasSize(5);
		assertThat(byWords(top)).isNotEmpty().allMatch((hit) -> plain(hit).toLowerCase().contains("sanction"));
		assertThat(plain(top.get(0)).toLowerCase()).contains("sanction");
		assertThat(top).anyMatch((hit) -> ((List<?>) hit.get("articles")).contains(19));
	}

	@Test
	void shouldPutArticle23FirstForNuclearEnergy() throws Exception {
		List<Map<String, Object>> top = hits(api("nuclear energy", "size", "3"));
		assertThat(top).anyMatch((hit) -> Integer.valueOf(23).equals(hit.get("article")));
	}

	@Test
	void shouldFindTheIntelligenceProvisionsAndTheirParaphrase() throws Exception {
		Map<String, Object> response = api("intelligence services", "size", "10");
		List<Map<String, Object>> top = hits(response);
		assertThat(top.subList(0, 3)).anyMatch((hit) -> Integer.valueOf(4).equals(hit.get("article")));
		assertThat(top).anyMatch(
				(hit) -> "stern-dpa-two-decades".equals(hit.get("document")) && plain(hit).contains("secret services"));
	}

	@Test
	void shouldOfferTheCommonerSpellingOfThePresidentsName() throws Exception {
		// by words: the point is the spelling (by meaning, the other spelling's passages
		// come too)
		Map<String, Object> response = api("Peseschkian", "mode", "words");
		assertThat(hits(response)).isNotEmpty().allMatch((hit) -> "stern-dpa-two-decades".equals(hit.get("document")));
		assertThat(response.get("suggestion")).isEqualTo("Pezeshkian");
		assertThat((Integer) api("pezeshkian").get("total")).isGreaterThan(hits(response).size());
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldCountFacetsThatAddUpAndFilterAsCounted() throws Exception {
		Map<String, Object> all = api("sanctions");
		Map<String, Integer> sources = (Map<String, Integer>) ((Map<String, Object>) all.get("facets")).get("source");
		assertThat(sources.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(all.get("total"));
		sources.forEach((slug, count) -> {
			try {
				Map<String, Object> narrowed = api("sanctions", "source", slug);
				assertThat(narrowed.get("total")).isEqualTo(count);
				// a treaty paragraph (found by meaning) has no document: its source is
				// the treaty
				assertThat(hits(narrowed)).allMatch((hit) -> slug.equals(hit.get("document"))
						|| (hit.get("document") == null && slug.equals("russia-iran-2025")));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		Map<String, Integer> articles = (Map<String, Integer>) ((Map<String, Object>) all.get("facets")).get("article");
		assertThat(api("sanctions", "article", "19").get("total")).isEqualTo(articles.get("19"));
		// typed into the query, the filter makes it exact (words only): as counted by
		// words
		Map<String, Object> byWords = api("sanctions", "mode", "words");
		assertThat(api("sanctions article:19").get("total"))
			.isEqualTo(((Map<String, Integer>) ((Map<String, Object>) byWords.get("facets")).get("article")).get("19"));
	}

	@Test
	void shouldShowTreatyHitsWithoutADocument() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "nuclear energy kind:treaty"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].document").doesNotExist())
			.andExpect(jsonPath("$.hits[0].passageId").doesNotExist())
			.andExpect(jsonPath("$.hits[0].article").value(23))
			.andExpect(jsonPath("$.hits[0].articles[0]").value(23))
			.andExpect(jsonPath("$.hits[0].permalink").value(this.site.of("/articles/23#para-1")))
			.andExpect(jsonPath("$.hits[0].published").value("2025-01-17"));
	}

	@Test
	void shouldGiveHitDatesInIsoFormAsPreciseAsTheyAreKnown() throws Exception {
		// Crescent International's piece is dated to the month only
		this.mvc.perform(get("/api/search").param("q", "sanctions").param("source", "crescent-jonkers"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].document").value("crescent-jonkers"))
			.andExpect(jsonPath("$.hits[0].published").value("2025-02"))
			.andExpect(jsonPath("$.hits[0].documentLabel").isNotEmpty());
	}

	@Test
	void shouldRejectOutOfRangeParametersNamingTheRangeInsteadOfChangingThem() throws Exception {
		String[][] cases = { { "size", "100000", "size must be a whole number from 1 to 50" },
				{ "size", "0", "size must be a whole number from 1 to 50" },
				{ "page", "-1", "page must be a whole number from 1 to 100" },
				{ "page", "abc", "page must be a whole number from 1 to 100" },
				{ "sort", "bogus", "sort must be 'relevance' or 'date'" },
				{ "article", "abc", "article must be a whole number from 1" } };
		for (String[] bad : cases) {
			this.mvc.perform(get("/api/search").param("q", "sanctions").param(bad[0], bad[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(bad[2])));
		}
		this.mvc.perform(get("/api/search").param("q", "sanctions").param("size", "50").param("page", "21"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("from 1 to 20")));
		// the page keeps reading a person's link leniently
		this.mvc.perform(get("/search").param("q", "sanctions").param("size", "100000")).andExpect(status().isOk());
	}

	@Test
	void shouldEscapeAScriptInTheQueryOnThePage() throws Exception {
		String page = this.mvc.perform(get("/search").param("q", "<script>alert(1)</script> sanctions"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(page).contains("<mark>");
	}

	@Test
	void shouldEscapeAScriptInTheQueryInTheApi() throws Exception {
		String body = this.mvc.perform(get("/api/search").param("q", "<script>alert(1)</script> sanctions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value("<script>alert(1)</script> sanctions"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("<script>").contains("\\u003Cscript\\u003E");
	}

	@Test
	void shouldOpenMoreLikeThisFromTheReadingPagesForAParagraphOrAPassage() throws Exception {
		String desk = this.mvc.perform(get("/articles/3")).andReturn().getResponse().getContentAsString();
		assertThat(desk).contains("href=\"/search/similar?article=3&amp;paragraph=1\"")
			.containsPattern("href=\"/search/similar\\?passage=\\d+\"");
		this.mvc.perform(get("/search/similar").param("article", "3").param("paragraph", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What other sources say nearest to it in meaning")))
			.andExpect(content().string(containsString("href=\"/documents/")));
		Map<String, Object> first = hits(api("sanctions")).stream()
			.filter((hit) -> hit.get("passageId") != null)
			.findFirst()
			.orElseThrow();
		String passage = first.get("passageId").toString();
		String reader = this.mvc.perform(get("/documents/" + first.get("document")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(reader).contains("href=\"/search/similar?passage=" + passage + "\"");
		this.mvc.perform(get("/search/similar").param("passage", passage))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What other sources say nearest to it in meaning")));
		this.mvc.perform(get("/search/similar").param("article", "3")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/search/similar").param("passage", "abc")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/search/similar").param("passage", "999999999")).andExpect(status().isNotFound());
	}

	@Test
	void shouldRejectAnOverlongQueryWithAReasonNotAnErrorPage() throws Exception {
		String query = "treaty ".repeat(100);
		this.mvc.perform(get("/search").param("q", query))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("This query was not run")));
		this.mvc.perform(get("/api/search").param("q", query))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("limit is 500")));
	}

	@Test
	void shouldSayWhatWasSearchedForAnUnbalancedQuote() throws Exception {
		this.mvc.perform(get("/search").param("q", "\"territorial integrity"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("quotation mark has no partner")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<mark>")));
	}

	@Test
	void shouldHelpOnAnEmptySearchAndExplainTheLanguage() throws Exception {
		this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("What are you looking for?")));
		this.mvc.perform(get("/search/help"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("kind:treaty")));
	}

	@Test
	void shouldRenderFacetLinksThatCombineFilters() throws Exception {
		String page = this.mvc.perform(get("/search").param("q", "sanctions").param("source", "russia-iran-relations"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// an article facet keeps the source filter; the active filter can be removed
		assertThat(page).containsPattern("/search\\?q=sanctions&amp;source=russia-iran-relations&amp;article=\\d+\"")
			.contains("href=\"/search?q=sanctions\"")
			.contains("Remove the filter source")
			// the chosen source is shown in the facet list, not offered again as a link
			.containsPattern("<span class=\"facet facet--active\">[^<]+</span>");
	}

	@Test
	void shouldNotSuggestAnotherWordForWordsThatAreFound() throws Exception {
		// issue 13: "Abu Musa" (1 hit) got "Abu Must", "aggressor" (2 hits) "aggression"
		Map<String, Object> abuMusa = api("Abu Musa");
		assertThat((Integer) abuMusa.get("total")).isPositive();
		assertThat(abuMusa.get("suggestion")).isNull();
		Map<String, Object> aggressor = api("aggressor");
		assertThat((Integer) aggressor.get("total")).isPositive();
		assertThat(aggressor.get("suggestion")).isNull();
		assertThat(api("sanctoins").get("suggestion")).isEqualTo("sanctions");
	}

	@Test
	void shouldMatchBritishAndAmericanSpellingsOfMutualDefence() throws Exception {
		// the treaty writes "defence", most commentators "defense"
		Map<String, Object> british = api("\"mutual defence\"", "size", "50");
		Map<String, Object> american = api("\"mutual defense\"", "size", "50");
		assertThat((Integer) british.get("total")).isGreaterThanOrEqualTo(2).isEqualTo(american.get("total"));
		assertThat(hits(british)).extracting((hit) -> hit.get("permalink"))
			.containsExactlyInAnyOrderElementsOf(hits(american).stream().map((hit) -> hit.get("permalink")).toList());
		assertThat(api("defence", "mode", "words").get("total"))
			.isEqualTo(api("defense", "mode", "words").get("total"));
	}

	@Test
	void shouldShowTheLastPageForAPageBeyondIt() throws Exception {
		// the API says the range instead of changing the page (issue 12); the page shows
		// the last one
		this.mvc.perform(get("/api/search").param("q", "a").param("page", "999"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("page must be a whole number from 1 to 100")));
		this.mvc.perform(get("/search").param("q", "a").param("page", "999"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("the last one is shown")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Next →"))));
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldFindNothingForOnlyBracketsAndSayWhy() throws Exception {
		Map<String, Object> response = api("((((");
		assertThat(response.get("total")).isEqualTo(0);
		assertThat((List<String>) response.get("notices")).anyMatch((n) -> n.contains("only query syntax"));
	}

	@Test
	void shouldNotOfferABareHeadingAsAHit() {
		assertThat(this.corpus.read()).isNotEmpty()
			.allMatch((passage) -> "PARAGRAPH".equals(passage.kind()))
			.anyMatch((passage) -> passage.heading() != null);
	}

	@Test
	void shouldSayTheSameAboutWhatSearchCoversInTheHeaderAndOnThePage() throws Exception {
		String page = this.mvc.perform(get("/search").param("q", "sanctions"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the search page has one query box, its own; every other page has the header's
		// box
		String home = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Search the commentary and the treaty</h1>").doesNotContain("Search the commentary…");
		assertThat(home).contains("Search the commentary and the treaty</label>")
			.doesNotContain("Search the commentary…");
	}

	@Test
	void shouldRebuildTheIndexInTheBackgroundOnRequest() throws Exception {
		String body = this.mvc.perform(post("/api/search/reindex").with(TestEditor.api()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.action").value("reindex_all"))
			.andExpect(jsonPath("$.state").value("pending"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String job = (String) this.json.readValue(body, Map.class).get("link");
		JobQueue.awaitIdle(this.jobs);
		this.mvc.perform(get(job)).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("searchable"));
		assertThat(hits(api("territorial integrity"))).isNotEmpty();
	}

}
