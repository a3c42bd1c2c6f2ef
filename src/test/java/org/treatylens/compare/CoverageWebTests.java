package org.treatylens.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.treatylens.linking.ArticleLinks;
import org.treatylens.linking.LinkKind;
import org.treatylens.linking.SourceCoverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The coverage map of a treaty and a corpus larger than a page: 120 articles by 45
 * sources give pages of 50 articles by 20 sources, with the totals of the whole grid.
 */
@WebMvcTest(CoverageController.class)
@Import(CoverageMap.class)
class CoverageWebTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ArticleCommentary commentary;

	@MockitoBean
	private ArticleLinks links;

	@BeforeEach
	void aLargeGrid() {
		List<SourceSummary> sources = new ArrayList<>();
		for (int i = 1; i <= 45; i++) {
			sources.add(new SourceSummary(i, "source-" + i, "Source " + i, null, null, null, null, null, null, null));
		}
		given(this.commentary.sources()).willReturn(sources);
		given(this.commentary.presence()).willReturn(Collections.nCopies(120, true));
		// source 45 discusses article 1 (3 passages) and article 120; article 60 by
		// source 1
		given(this.links.coverage()).willReturn(List.of(new SourceCoverage(1, "source-45", 3, LinkKind.CITATION),
				new SourceCoverage(120, "source-45", 1, LinkKind.SIMILARITY),
				new SourceCoverage(60, "source-1", 2, LinkKind.QUOTATION)));
	}

	@Test
	void shouldPageArticlesAndSourcesAndKeepTheWholeGridsTotals() throws Exception {
		String first = page("/coverage");
		assertThat(count(first, "id=\"article-")).isEqualTo(CoverageMap.ROWS);
		assertThat(first).contains("id=\"article-50\"")
			.doesNotContain("id=\"article-51\"")
			.contains("Articles 1–50 of 120", "Sources 1–20 of 45")
			.contains("href=\"/coverage?page=2\"", "href=\"/coverage?sourcePage=2\"")
			.contains("117 of 120 articles are discussed by no source.")
			.doesNotContain("source-21");
		// the last page of each: 20 articles by 5 sources, source 45's cells and total
		String last = page("/coverage?page=3&sourcePage=3");
		assertThat(count(last, "id=\"article-")).isEqualTo(20);
		assertThat(count(last, "<th scope=\"col\"><a href=\"/documents/")).isEqualTo(5);
		assertThat(last).contains("id=\"article-120\"", "href=\"/documents/source-45\"")
			.doesNotContain("href=\"/documents/source-40\"")
			.contains("href=\"/coverage?page=2&amp;sourcePage=3\"", "href=\"/coverage?page=3&amp;sourcePage=2\"");
		assertThat(last).containsPattern("<th scope=\"row\">Passages</th>\\s*(<td>0</td>\\s*){4}<td>4</td>");
		// the row counts the sources of all pages: article 1 is discussed by one
		assertThat(page("/coverage")).containsPattern("id=\"article-1\"[\\s\\S]*?<td class=\"cell-total\">1</td>");
	}

	@Test
	void shouldLinkEachCellToTheCompareViewAndNameItsArticleAndSource() throws Exception {
		String last = page("/coverage?sourcePage=3");
		// source 45 on article 1: three passages, the strongest a citation
		assertThat(last).containsPattern("<td class=\"cell level-2 cell--citation\">\\s*"
				+ "<a href=\"/compare\\?article=1&amp;sources=source-45\"><span class=\"visually-hidden\">"
				+ "Article 1, Source 45:</span>\\s*<span class=\"cell__count\">3</span>\\s*"
				+ "<span class=\"cell__kind\">citation</span><span\\s+class=\"visually-hidden\"> passages</span></a>");
		// a source without passages on the article: an empty cell that still says so
		assertThat(last).containsPattern("<td class=\"cell level-0 cell--none\">\\s*"
				+ "<a href=\"/compare\\?article=1&amp;sources=source-41\"><span class=\"visually-hidden\">"
				+ "Article 1, Source 41:</span>\\s*<span class=\"cell__count\">0</span>\\s*"
				+ "<span\\s+class=\"visually-hidden\"> passages</span></a>");
	}

	@Test
	void shouldPageTheArticlesNobodyDiscussesKeepingTheFilter() throws Exception {
		String page = page("/coverage?uncovered=true&page=3");
		assertThat(page).contains("Articles 101–117 of 117")
			.doesNotContain("id=\"article-120\"")
			.contains("href=\"/coverage?uncovered=true&amp;page=2\"");
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
	}

	private static int count(String text, String needle) {
		return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
	}

}
