package org.treatylens.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.treatylens.commentary.SourceList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@WebMvcTest({ TreatyController.class, ArticleApiController.class })
class TreatyWebTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private TreatyReader reader;

	@MockitoBean
	private SourceList sources;

	@MockitoBean
	private ArticleDiscussion discussion;

	@BeforeEach
	void treatyWithArticlesOneAndThree() {
		List<ArticleView> articles = new ArrayList<>();
		for (int n = 1; n <= 47; n++) {
			List<ArticleView.ParagraphView> paragraphs = switch (n) {
				case 1 -> List.of(new ArticleView.ParagraphView(1, "art_1__para_1", "Deepen relations."));
				case 3 -> List.of(new ArticleView.ParagraphView(1, "art_3__para_1", "Sovereign equality."),
						new ArticleView.ParagraphView(2, "art_3__para_2", "Promote the principles."));
				default -> List.of();
			};
			articles.add(new ArticleView(n, !paragraphs.isEmpty(), (n == 19) ? "Only paragraph 1." : null, paragraphs));
		}
		given(this.reader.treaty()).willReturn(Optional.of(new TreatyView("t", "The Treaty", "Short",
				List.of("Party A", "Party B"), LocalDate.of(2025, 1, 17), "Moscow", 47, null, articles)));
		given(this.sources.visible()).willReturn(List.of());
	}

	@Test
	void shouldShowTheTreatyHeaderAndAGridOfAllArticles() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>The Treaty</h1>")))
			.andExpect(content().string(containsString("<dd>Party A and Party B</dd>")))
			.andExpect(
					content().string(containsString("<time datetime=\"2025-01-17\">17 January 2025</time> in Moscow")))
			.andExpect(content().string(containsString("47, of which 2 with text in the corpus")))
			.andExpect((result) -> {
				String html = result.getResponse().getContentAsString();
				assertThat(html.split("article-tile article-tile--present ", -1)).hasSize(3);
				assertThat(html.split("article-tile article-tile--absent ", -1)).hasSize(46);
				assertThat(html).contains("href=\"/articles/47\"").doesNotContain("href=\"/articles/48\"");
				// a tile says what the article is about in its own words, or that its
				// text is missing
				assertThat(html).contains("<span>Sovereign equality.</span>", "<span>Deepen relations.</span>")
					.contains("no text yet");
			});
	}

	@Test
	void shouldSayHowMuchIsSaidAboutEachArticleAndWhereToStart() throws Exception {
		given(this.discussion.byArticle())
			.willReturn(Map.of(3, new ArticleDiscussion.Count(2, 9), 19, new ArticleDiscussion.Count(1, 1)));
		given(this.discussion.mostDiscussed(3)).willReturn(List.of(3, 19));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 sources · 9 passages")))
			.andExpect(content().string(containsString("1 source · 1 passage")))
			.andExpect(content().string(containsString("not discussed")))
			.andExpect(content().string(containsString("Start with the most discussed:")))
			.andExpect(content().string(containsString("heat-3")))
			.andExpect(content().string(containsString("heat-1")));
	}

	@Test
	void shouldPageTheTilesOfATreatyWithManyArticles() throws Exception {
		List<ArticleView> articles = new ArrayList<>();
		for (int n = 1; n <= 250; n++) {
			articles.add(new ArticleView(n, false, null, List.of()));
		}
		given(this.reader.treaty()).willReturn(Optional
			.of(new TreatyView("t", "The Treaty", null, List.of(), null, null, 250, null, List.copyOf(articles))));
		String first = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(first.split("class=\"article-tile ", -1)).hasSize(TreatyController.TILES + 1);
		assertThat(first).contains("href=\"/articles/100\"")
			.doesNotContain("href=\"/articles/101\"")
			.contains("Articles 1–100 of 250")
			.contains("href=\"/?page=2#articles\"");
		String last = this.mvc.perform(get("/?page=3")).andReturn().getResponse().getContentAsString();
		assertThat(last.split("class=\"article-tile ", -1)).hasSize(51);
		assertThat(last).contains("href=\"/articles/250\"", "href=\"/articles/201\"")
			.doesNotContain("href=\"/articles/200\"")
			.contains("href=\"/?page=2#articles\"")
			.doesNotContain("Next articles");
		// a page number past the end shows the last page, not an empty grid
		assertThat(this.mvc.perform(get("/?page=99")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/articles/250\"");
	}

	@Test
	void shouldListEveryArticleInTheApi() throws Exception {
		this.mvc.perform(get("/api/articles"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(47)))
			.andExpect(jsonPath("$[2].number").value(3))
			.andExpect(jsonPath("$[2].present").value(true))
			.andExpect(jsonPath("$[2].paragraphs[1].eid").value("art_3__para_2"))
			.andExpect(jsonPath("$[2].paragraphs[1].text").value("Promote the principles."))
			.andExpect(jsonPath("$[18].note").value("Only paragraph 1."))
			.andExpect(jsonPath("$[46].present").value(false))
			.andExpect(jsonPath("$[46].paragraphs", hasSize(0)));
		this.mvc.perform(get("/api/articles?size=10&page=5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(7)))
			.andExpect(jsonPath("$[0].number").value(41))
			.andExpect(header().string("X-Total-Count", "47"))
			.andExpect(header().string("Link", containsString("</api/articles?page=4&size=10>; rel=\"prev\"")));
		this.mvc.perform(get("/api/articles?page=6&size=10")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/articles?size=abc")).andExpect(status().isBadRequest());
	}

	@Test
	void shouldAnswerOneArticleAndNotFoundOutsideOneToFortySeven() throws Exception {
		this.mvc.perform(get("/api/articles/47")).andExpect(status().isOk()).andExpect(jsonPath("$.number").value(47));
		for (String number : List.of("0", "48")) {
			this.mvc.perform(get("/api/articles/" + number))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("the treaty has articles 1 to 47")));
		}
	}

	@Test
	void shouldRejectAnArticleNumberThatIsNotANumberAsABadRequest() throws Exception {
		for (String number : List.of("abc", "-1", "3.5")) {
			this.mvc.perform(get("/api/articles/" + number))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("give a whole number from 1 to 47")));
		}
	}

}
