package org.treatylens.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.treatylens.commentary.Citation;
import org.treatylens.linking.ArticleLinks;
import org.treatylens.linking.LinkKind;
import org.treatylens.linking.LinkReason;
import org.treatylens.system.SiteAddress;
import org.treatylens.treaty.ArticleDiscussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The reading desk of an article that 45 sources discuss: their passages are shown 20
 * sources a page, the pages linked, and only the page's sources' passages are asked for;
 * the compare view starts with the few sources that say most.
 */
@WebMvcTest({ ReadingDeskController.class, CompareController.class })
class DeskWebTests {

	private static final ArticleText ARTICLE = new ArticleText("Treaty", "Treaty", null, 3, 47, true, null,
			List.of(new ArticleText.Paragraph(1, "art_3__para_1", "The parties respect sovereignty.", "/p", "c")));

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ArticleCommentary commentary;

	@MockitoBean
	private SiteAddress site;

	@MockitoBean
	private ArticleDiscussion discussion;

	private final List<SourceSummary> sources = new ArrayList<>();

	/** The sources whose passages the page asked for. */
	private final List<Set<String>> asked = new ArrayList<>();

	@BeforeEach
	void fortyFiveSourcesEachWithOnePassage() {
		Map<String, ArticleLinks.SourceCount> counts = new LinkedHashMap<>();
		for (int i = 1; i <= 45; i++) {
			SourceSummary source = new SourceSummary(i, "source-" + i, "Source " + i, null, null, null, null, null,
					null, null);
			this.sources.add(source);
			counts.put(source.slug(), new ArticleLinks.SourceCount(source.slug(), 1, 0));
		}
		given(this.site.base()).willReturn("http://localhost");
		given(this.commentary.text(eq(3), anyString())).willReturn(ARTICLE);
		given(this.commentary.sources()).willReturn(this.sources);
		given(this.commentary.linksAvailable()).willReturn(true);
		given(this.commentary.counts(eq(3), isNull())).willReturn(counts);
		given(this.commentary.strongest(any(), anyString(), isNull(), anyMap())).willAnswer((call) -> {
			Map<String, Integer> wanted = call.getArgument(3);
			this.asked.add(wanted.keySet());
			List<LinkedPassageView> passages = this.sources.stream()
				.filter((s) -> wanted.containsKey(s.slug()))
				.map(DeskWebTests::passage)
				.toList();
			return new ArticleCommentary.DeskSlice(new ArticleReading(ARTICLE, this.sources, passages, true),
					wanted.keySet());
		});
	}

	@Test
	void shouldShowTwentySourcesAPageAndLinkTheOthers() throws Exception {
		String first = page("/articles/3");
		assertThat(count(first, "class=\"source-group\"")).isEqualTo(ReadingDeskController.SOURCES_PER_PAGE);
		assertThat(first).contains("id=\"source-source-20\"")
			.doesNotContain("id=\"source-source-21\"")
			.contains("Sources 1–20 of 45 that discuss this")
			.contains("href=\"/articles/3?sourcePage=2\"");
		assertThat(this.asked).last()
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
			.hasSize(20);

		String last = page("/articles/3?sourcePage=3");
		assertThat(count(last, "class=\"source-group\"")).isEqualTo(5);
		assertThat(last).contains("id=\"source-source-45\"")
			.contains("Sources 41–45 of 45 that discuss this")
			.contains("href=\"/articles/3?sourcePage=2\"")
			// every source still has its toggle, and the page's "show more" keeps the
			// source page
			.contains("id=\"source-source-41\"");
		assertThat(page("/articles/3?sourcePage=99")).as("a page past the end shows the last")
			.contains("Sources 41–45 of 45");
	}

	@Test
	void shouldCompareTheSourcesThatSayMostUntilTheReaderPicks() throws Exception {
		Map<String, ArticleLinks.SourceCount> counts = new LinkedHashMap<>();
		for (SourceSummary source : this.sources) {
			// source-45 says most, then 44, ...
			counts.put(source.slug(), new ArticleLinks.SourceCount(source.slug(), (int) source.id(), 0));
		}
		given(this.commentary.counts(eq(3), isNull())).willReturn(counts);
		String compare = page("/compare?article=3");
		assertThat(count(compare, "class=\"column\"")).isEqualTo(CompareController.DEFAULT_COLUMNS);
		assertThat(compare).contains("id=\"column-source-45\"")
			.contains("id=\"column-source-40\"")
			.doesNotContain("id=\"column-source-39\"")
			.contains("45 sources discuss Article 3: the 6 that say most are shown.");
		assertThat(count(page("/compare?article=3&sources=source-1,source-2"), "class=\"column\"")).isEqualTo(2);
	}

	@Test
	void shouldOfferSwitchesForTheSourcesThatSayMostAndThoseOnThePageNotForEverySource() throws Exception {
		String first = page("/articles/3");
		assertThat(count(first, "class=\"toggle ")).isEqualTo(ReadingDeskController.TOGGLES);
		assertThat(first).contains("data-source=\"source-20\"")
			.doesNotContain("data-source=\"source-21\"")
			.contains("25 more sources discuss this; each has its switch on the page of sources that shows it.")
			// switching one of 45 off names the one left out, not the 44 kept
			.contains("href=\"/articles/3?without=source-2\"");
		// a later page of sources has the switches of the sources it shows
		String last = page("/articles/3?sourcePage=3");
		assertThat(count(last, "class=\"toggle ")).isEqualTo(ReadingDeskController.TOGGLES + 5);
		assertThat(last).contains("data-source=\"source-45\"").doesNotContain("data-source=\"source-40\"");
		// a source switched off keeps its switch, and its passages go
		String without = page("/articles/3?without=source-44");
		assertThat(without).contains("data-source=\"source-44\"")
			.doesNotContain("id=\"source-source-44\"")
			.contains("href=\"/articles/3?without=source-2,source-44\"")
			.contains("href=\"/articles/3\"");
		assertThat(page("/articles/3?without=source-44&sourcePage=3")).contains("Sources 41–44 of 44");
	}

	@Test
	void shouldOfferAPageOfSourcesToPickAndTheRestOnTheNextPages() throws Exception {
		Map<String, ArticleLinks.SourceCount> counts = new LinkedHashMap<>();
		for (SourceSummary source : this.sources) {
			counts.put(source.slug(), new ArticleLinks.SourceCount(source.slug(), (int) source.id(), 0));
		}
		given(this.commentary.counts(eq(3), isNull())).willReturn(counts);
		String compare = page("/compare?article=3");
		// the 6 shown, then the 30 that say most of the others
		assertThat(count(compare, "name=\"sources\""))
			.isEqualTo(CompareController.DEFAULT_COLUMNS + CompareController.PICKER);
		assertThat(compare).contains("value=\"source-39\"")
			.contains("value=\"source-10\"")
			.doesNotContain("value=\"source-9\"")
			.contains("Other sources 1–30 of 39 that discuss Article 3")
			.contains("href=\"/compare?article=3&amp;picker=2\"");
		String second = page("/compare?article=3&sources=source-1&picker=2");
		assertThat(count(second, "name=\"sources\"")).isEqualTo(1 + 44 - CompareController.PICKER);
		assertThat(second).contains("value=\"source-1\" checked=\"checked\"")
			.contains("value=\"source-2\"")
			.doesNotContain("value=\"source-16\"")
			.contains("href=\"/compare?article=3&amp;sources=source-1\"");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private static LinkedPassageView passage(SourceSummary source) {
		String text = source.label() + " reads Article 3 as a promise of restraint between the parties.";
		LinkReason reason = new LinkReason(LinkKind.CITATION, null, 1.0, "Article 3");
		return new LinkedPassageView(source.id(), source, 1, text, reason.kind(), null, 1.0, reason.evidence(),
				List.of(reason), () -> SentenceHighlight.of(text, List.of(reason), ARTICLE.text()),
				"/documents/" + source.slug() + "#p-1", "http://localhost/passages/" + source.id(),
				new Citation("cite", "", ""), false);
	}

}
