package org.treatylens.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylens.search.SearchResults.FacetValue;
import org.treatylens.search.SearchResults.SearchHit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching a small fixture index, without Spring.
 */
class SearchServiceTests {

	@TempDir
	Path dir;

	private PassageIndex index;

	private SearchService service;

	@BeforeEach
	void buildIndex() throws IOException {
		this.index = new PassageIndex(this.dir);
		this.index.replaceAll(FixturePassages.all(), 1);
		this.service = new SearchService(this.index, Duration.ofSeconds(2));
	}

	@AfterEach
	void closeIndex() throws IOException {
		this.index.close();
	}

	private SearchResults search(String query) {
		return this.service.search(new SearchRequest(query, List.of(), List.of(), null, 1, 10));
	}

	private static List<String> ids(SearchResults results) {
		return results.hits()
			.stream()
			.map((hit) -> hit.isTreaty() ? "art_" + hit.article() + "__para_" + hit.paragraph()
					: "passage-" + hit.passageId())
			.toList();
	}

	@Test
	void shouldRankPassagesWithAllWordsTogetherFirst() {
		SearchResults results = search("territorial integrity");
		assertThat(ids(results)).containsExactlyInAnyOrder("passage-2", "art_3__para_1");
		assertThat(results.hits()).anyMatch((hit) -> hit.snippet().contains("<mark>territorial integrity</mark>"));
		assertThat(results.hits()).allMatch((hit) -> hit.score() > 0);
	}

	@Test
	void shouldFindInflectedFormsThroughStemming() {
		assertThat(ids(search("sanctioned"))).containsExactly("passage-3");
		assertThat(ids(search("Iran"))).contains("passage-5");
	}

	@Test
	void shouldMatchPhrasesWordForWordOnly() {
		SearchResults phrase = search("\"integrity of the process\"");
		assertThat(ids(phrase)).containsExactly("passage-8");
		assertThat(phrase.hits().get(0).snippet()).contains("<mark>integrity of the process</mark>");
		// the stemmed words would match "integrity"/"integration"; the phrase does not
		assertThat(ids(search("\"territorial integrities\""))).isEmpty();
	}

	@Test
	void shouldExcludeWordsAfterMinus() {
		assertThat(ids(search("integrity -territorial"))).containsExactly("passage-8");
	}

	@Test
	void shouldTreatOrAsAlternatives() {
		assertThat(ids(search("Rosatom OR sanctions"))).containsExactlyInAnyOrder("passage-3", "passage-7");
	}

	@Test
	void shouldFallBackToAnyWordWhenNoPassageHasAll() {
		SearchResults results = search("intelligence services Rosatom");
		assertThat(ids(results).get(0)).isEqualTo("passage-6");
		assertThat(results.notices()).anyMatch((n) -> n.contains("any of them"));
	}

	@Test
	void shouldRankPassagesWithMoreOfTheWordsFirstInTheFallback() {
		// both treaty paragraphs have "Parties" and "shall"; passage 2 has only the rare
		// "sovereignty" (in its short heading), which BM25 alone ranked between them
		SearchResults results = search("sovereignty Parties shall");
		assertThat(results.notices()).anyMatch((n) -> n.contains("any of them"));
		assertThat(ids(results)).containsExactlyInAnyOrder("art_23__para_1", "art_3__para_1", "passage-2");
		assertThat(ids(results).get(2)).isEqualTo("passage-2");
	}

	@Test
	void shouldExpandPrefixesOnTheExactField() {
		SearchResults results = search("Pezesh*");
		assertThat(ids(results)).containsExactlyInAnyOrder("passage-5", "passage-7", "passage-9");
		assertThat(results.hits().get(0).snippet()).contains("<mark>Pezeshkian</mark>");
	}

	@Test
	void shouldFilterBySourceArticleAndKind() {
		assertThat(ids(search("nuclear source:analysis"))).containsExactly("passage-7");
		assertThat(ids(search("nuclear kind:treaty"))).containsExactly("art_23__para_1");
		assertThat(ids(search("integrity article:3"))).containsExactlyInAnyOrder("passage-2", "art_3__para_1");
		assertThat(ids(search("nuclear -kind:treaty"))).containsExactly("passage-7");
		// two values of one filter are alternatives; two filters both apply
		assertThat(ids(search("source:stern source:analysis Moscow"))).containsExactlyInAnyOrder("passage-4",
				"passage-5");
		assertThat(ids(search("source:briefing article:19"))).containsExactly("passage-3");
	}

	@Test
	void shouldListAFilteredSourceInReadingOrder() {
		assertThat(ids(search("source:analysis"))).containsExactly("passage-5", "passage-6", "passage-7", "passage-8",
				"passage-10");
	}

	@Test
	void shouldSayWhenASourceDoesNotExist() {
		SearchResults results = search("nuclear source:nowhere");
		assertThat(results.total()).isZero();
		assertThat(results.notices()).anyMatch(
				(n) -> n.contains("No source is called “nowhere”") && n.contains("analysis, briefing, stern, treaty"));
	}

	@Test
	void shouldCombinePageFiltersWithQueryFilters() {
		SearchResults results = this.service
			.search(new SearchRequest("integrity", List.of("treaty"), List.of(3), null, 1, 10));
		assertThat(ids(results)).containsExactly("art_3__para_1");
	}

	@Test
	void shouldListTheSourcesWithMostMatchesWhenManySourcesMatch() throws IOException {
		// source k (1..30) has k passages with the word: the 20 largest are listed, most
		// first, each with its own label and exact count; the total counts them all
		List<SearchablePassage> passages = new java.util.ArrayList<>();
		long id = 1;
		for (int source = 1; source <= 30; source++) {
			for (int n = 0; n < source; n++) {
				passages.add(SearchablePassage.commentary(id++, "source-" + source, "Source " + source, null, null,
						"PARAGRAPH", n + 1, List.of(1 + (source % 3)), "Caspian freight volumes " + n, null));
			}
		}
		this.index.replaceAll(passages, 2);
		SearchResults results = search("freight");
		assertThat(results.total()).isEqualTo(30 * 31 / 2);
		assertThat(results.sources()).hasSize(SearchService.SOURCE_FACETS);
		assertThat(results.sources().get(0)).isEqualTo(new FacetValue("source-30", "Source 30", 30));
		assertThat(results.sources().get(19)).isEqualTo(new FacetValue("source-11", "Source 11", 11));
		assertThat(results.articles().stream().mapToInt(FacetValue::count).sum()).isEqualTo(30 * 31 / 2);
	}

	@Test
	void shouldCountFacetsOverAllMatches() {
		SearchResults results = this.service
			.search(new SearchRequest("Contracting OR integrity", List.of(), List.of(), null, 1, 2));
		assertThat(results.total()).isEqualTo(4);
		assertThat(results.hits()).hasSize(2);
		assertThat(results.sources()).containsExactly(new FacetValue("treaty", "Treaty", 2),
				new FacetValue("analysis", "Analyst's website", 1),
				new FacetValue("briefing", "Briefing of 24 January", 1));
		assertThat(results.articles()).containsExactly(new FacetValue("3", "Article 3", 2),
				new FacetValue("23", "Article 23", 1));
	}

	@Test
	void shouldPageThroughResultsWithoutOverlap() {
		List<String> first = ids(
				this.service.search(new SearchRequest("the OR Moscow OR nuclear", List.of(), List.of(), null, 1, 3)));
		List<String> second = ids(
				this.service.search(new SearchRequest("the OR Moscow OR nuclear", List.of(), List.of(), null, 2, 3)));
		assertThat(first).hasSize(3).doesNotContainAnyElementsOf(second);
		assertThat(second).isNotEmpty();
	}

	@Test
	void shouldSortByDateNewestFirstWithUndatedLast() {
		SearchResults results = this.service
			.search(new SearchRequest("Moscow OR nuclear", List.of(), List.of(), SearchRequest.Sort.DATE, 1, 10));
		List<String> ids = ids(results);
		assertThat(ids.get(ids.size() - 1)).isEqualTo("passage-4");
		assertThat(ids.get(0)).isIn("passage-5", "passage-7");
	}

	@Test
	void shouldEscapeTextAroundTheHighlights() {
		SearchHit hit = search("secret services").hits().get(0);
		assertThat(hit.snippet()).contains("&lt;script&gt;").doesNotContain("<script>");
		assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
	}

	@Test
	void shouldSuggestTheCommonerSpellingOfAName() {
		SearchResults results = search("Peseschkian");
		assertThat(ids(results)).containsExactly("passage-4");
		assertThat(results.suggestion()).isEqualTo("Pezeshkian");
		assertThat(search("sanctoins").suggestion()).isEqualTo("sanctions");
		// an inflection is not a misspelling: the stemmer finds it anyway
		assertThat(search("sanction").suggestion()).isNull();
	}

	@Test
	void shouldNotSuggestASpellingThatFindsNoMore() {
		// "Pezeshkian signed" is in no passage, "Peseschkian signed" is: leave it alone
		SearchResults results = search("Peseschkian signed");
		assertThat(ids(results)).containsExactly("passage-4");
		assertThat(results.suggestion()).isNull();
		// a found word used by several sources is not one source's spelling
		assertThat(search("sanctions").suggestion()).isNull();
	}

	@Test
	void shouldMatchBritishAndAmericanSpellingsBothWaysInWordsAndPhrases() {
		assertThat(ids(search("\"mutual defence\""))).containsExactly("passage-10");
		assertThat(ids(search("\"mutual defense\""))).containsExactly("passage-10");
		assertThat(ids(search("defense pact"))).containsExactly("passage-10");
		assertThat(ids(search("organisation"))).containsExactly("passage-10");
		assertThat(ids(search("\"no organisation\""))).containsExactly("passage-10");
		assertThat(search("\"mutual defense\"").hits().get(0).snippet()).contains("<mark>mutual defence</mark>");
	}

	@Test
	void shouldShowTheLastPageForAPageBeyondTheResults() {
		SearchResults results = this.service
			.search(new SearchRequest("the OR Moscow OR nuclear", List.of(), List.of(), null, 999, 3));
		assertThat(results.request().page()).isEqualTo(results.pages());
		assertThat(results.hits()).isNotEmpty();
		assertThat(results.notices()).anyMatch((n) -> n.contains("the last one is shown"));
		SearchResults last = this.service
			.search(new SearchRequest("the OR Moscow OR nuclear", List.of(), List.of(), null, results.pages(), 3));
		assertThat(ids(results)).isEqualTo(ids(last));
	}

	@Test
	void shouldFindNothingForAQueryOfOnlySyntaxAndSayWhy() {
		for (String syntax : List.of("((((", "OR", "\"\"", "()")) {
			SearchResults results = search(syntax);
			assertThat(results.total()).as(syntax).isZero();
			assertThat(results.hits()).as(syntax).isEmpty();
			assertThat(results.notices()).as(syntax).anyMatch((n) -> n.contains("only query syntax"));
			assertThat(results.notices()).as(syntax).noneMatch((n) -> n.strip().equals("Searched for:"));
		}
	}

	@Test
	void shouldFindAParagraphByTheWordsOfItsHeadingRankedBelowItsOwnWords() {
		SearchResults results = search("sovereignty");
		assertThat(ids(results)).containsExactly("passage-2");
	}

	@Test
	void shouldSayWhichWayAQueryWasSearched() {
		// this index has no sentence model: plain words are searched by words only
		assertThat(search("territorial integrity").mode()).isEqualTo(SearchMode.WORDS);
		assertThat(search("\"territorial integrity\"").mode()).isEqualTo(SearchMode.EXACT);
		assertThat(search("nuclear source:analysis").mode()).isEqualTo(SearchMode.EXACT);
		assertThat(search("Rosatom OR sanctions").mode()).isEqualTo(SearchMode.EXACT);
		assertThat(search("integrity -territorial").mode()).isEqualTo(SearchMode.EXACT);
		assertThat(search("Pezesh*").mode()).isEqualTo(SearchMode.EXACT);
	}

	@Test
	void shouldSayThatNothingCanBeComparedWithoutVectors() {
		SearchService.Similar similar = this.service.similar("passage-2", 5).orElseThrow();
		assertThat(similar.available()).isFalse();
		assertThat(similar.of().link()).isEqualTo("/documents/briefing#p-2");
		assertThat(this.service.similar("passage-999", 5)).isEmpty();
	}

	@Test
	void shouldLinkHitsToTheirPlaceInTheDocumentOrTreaty() {
		SearchResults results = search("nuclear energy");
		assertThat(results.hits()).extracting(SearchHit::link)
			.containsExactlyInAnyOrder("/articles/23#para-1", "/documents/analysis#p-3");
		SearchHit treaty = results.hits().stream().filter(SearchHit::isTreaty).findFirst().orElseThrow();
		assertThat(treaty.sourceLabel()).isEqualTo("Treaty, Article 23");
		assertThat(treaty.articles()).containsExactly(23);
	}

	@Test
	void shouldRejectOverlongQueriesWithAReason() {
		SearchResults results = search("treaty ".repeat(80));
		assertThat(results.rejection()).contains("limit is 500");
		assertThat(results.hits()).isEmpty();
	}

	@Test
	void shouldSearchUnbalancedQuotesAsWordsAndSaySo() {
		SearchResults results = search("\"territorial integrity");
		assertThat(results.rejection()).isNull();
		assertThat(results.notices()).anyMatch((n) -> n.contains("quotation mark"));
		assertThat(ids(results)).contains("art_3__para_1");
	}

	@Test
	void shouldNotScanForLeadingWildcards() {
		SearchResults results = search("*kian");
		assertThat(results.notices()).anyMatch((n) -> n.contains("start of a word"));
		assertThat(results.total()).isZero();
	}

	@Test
	void shouldStopASearchAtTheTimeLimitAndSaySo() {
		SearchService impatient = new SearchService(this.index, Duration.ZERO);
		SearchResults results = impatient.search(new SearchRequest("nuclear", List.of(), List.of(), null, 1, 10));
		assertThat(results.notices()).anyMatch((n) -> n.contains("was stopped"));
	}

	@Test
	void shouldSearchAQueryOfStopWordsWordForWord() {
		assertThat(ids(search("with"))).containsExactly("passage-4");
		SearchResults punctuation = search("?!");
		assertThat(punctuation.total()).isZero();
		assertThat(punctuation.notices()).anyMatch((n) -> n.contains("no words that can be searched"));
	}

	@Test
	void shouldReturnNothingForABlankQuery() {
		SearchResults results = search("  ");
		assertThat(results.total()).isZero();
		assertThat(results.rejection()).isNull();
	}

}
