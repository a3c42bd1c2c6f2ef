package org.treatylens.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylens.embedding.SentenceEmbedder;
import org.treatylens.search.SearchResults.SearchHit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words and meaning together, with the real sentence model, on a small index without
 * Spring: passages that say what the query means in other words are found, filters stay
 * exact, the exact syntax stays lexical, and "more like this" crosses sources.
 */
class HybridSearchTests {

	@TempDir
	static Path dir;

	private static PassageIndex index;

	private static SearchService service;

	@BeforeAll
	static void buildIndex() throws IOException {
		index = new PassageIndex(dir, SentenceEmbedder.shared()::embed);
		index.replaceAll(List.of(SearchablePassage.treaty("art_3__para_3", "treaty", "Treaty",
				LocalDate.of(2025, 1, 17), "17 January 2025", 3, 3,
				"In the event that either Contracting Party is subject to aggression, the other Contracting Party"
						+ " shall not provide any military or other assistance to the aggressor."),
				SearchablePassage.treaty("art_23__para_1", "treaty", "Treaty", LocalDate.of(2025, 1, 17),
						"17 January 2025", 23, 1,
						"The Contracting Parties shall implement joint projects in the area of peaceful use of nuclear"
								+ " energy, including the building of nuclear power plants."),
				commentary(1, "briefing", "Both states promise never to aid a country that attacks the other one."),
				commentary(2, "briefing", "Rosatom is to build two more units of the Bushehr power station."),
				commentary(3, "stern", "Trade between the two countries reached four billion dollars last year."),
				commentary(4, "stern", "The countries want to expand cooperation between their secret services."),
				commentary(5, "analysis", "Gas prices are still disputed, so the pipeline is not yet built."),
				commentary(6, "analysis", "The leaders met in Moscow and signed the partnership in the Kremlin.")), 1);
		service = new SearchService(index, Duration.ofSeconds(2));
	}

	@AfterAll
	static void closeIndex() throws IOException {
		index.close();
	}

	private static SearchablePassage commentary(long id, String source, String text) {
		return SearchablePassage.commentary(id, source, source, null, null, "PARAGRAPH", (int) id, List.of(), text,
				null);
	}

	private static SearchResults search(String query, List<String> sources, boolean wordsOnly) {
		return service.search(new SearchRequest(query, sources, List.of(), null, 1, 10, wordsOnly));
	}

	private static List<String> ids(List<SearchHit> hits) {
		return hits.stream().map(SearchHit::id).toList();
	}

	@Test
	void shouldFindWhatAPassageMeansInOtherWords() {
		// no passage has "reactor" or "construction": by words alone, nothing
		assertThat(search("reactor construction", List.of(), true).total()).isZero();
		SearchResults reactors = search("reactor construction", List.of(), false);
		assertThat(reactors.mode()).isEqualTo(SearchMode.HYBRID);
		assertThat(ids(reactors.hits())).contains("art_23__para_1", "passage-2");
		assertThat(reactors.hits()).allMatch((hit) -> hit.matched() == SearchHit.Matched.MEANING);
		assertThat(ids(reactors.hits()).get(0)).isIn("art_23__para_1", "passage-2");
	}

	@Test
	void shouldCountWhatMeaningFindsInTheTotalAndFacets() {
		SearchResults results = search("spy agencies", List.of(), false);
		assertThat(ids(results.hits())).contains("passage-4");
		assertThat(results.total()).isEqualTo(results.hits().size());
		assertThat(results.sources().stream().mapToInt(SearchResults.FacetValue::count).sum())
			.isEqualTo(results.total());
	}

	@Test
	void shouldCountTheUnionOfWordsAndMeaningExactly() {
		// the words find the treaty's paragraph alone; meaning adds the Bushehr passage
		assertThat(ids(search("nuclear power plants", List.of(), true).hits())).containsExactly("art_23__para_1");
		SearchResults results = search("nuclear power plants", List.of(), false);
		assertThat(ids(results.hits())).contains("art_23__para_1", "passage-2");
		// every match fits the page: the total is the union, each hit counted once
		assertThat(results.total()).isEqualTo(results.hits().size());
		assertThat(results.sources().stream().mapToInt(SearchResults.FacetValue::count).sum())
			.isEqualTo(results.total());
		// and each source's count is what its facet link then finds
		for (SearchResults.FacetValue source : results.sources()) {
			assertThat(search("nuclear power plants", List.of(source.value()), false).total()).as(source.value())
				.isEqualTo(source.count());
		}
	}

	@Test
	void shouldKeepFiltersExact() {
		SearchResults results = search("no help for whoever attacks", List.of("briefing"), false);
		assertThat(results.hits()).isNotEmpty().allMatch((hit) -> "briefing".equals(hit.document()));
	}

	@Test
	void shouldSearchTheExactSyntaxByWordsOnly() {
		SearchResults results = search("\"nuclear power\"", List.of(), false);
		assertThat(results.mode()).isEqualTo(SearchMode.EXACT);
		assertThat(ids(results.hits())).containsExactly("art_23__para_1");
		assertThat(results.hits()).allMatch((hit) -> hit.matched() == null);
		assertThat(search("reactor source:briefing", List.of(), false).total()).isZero();
	}

	@Test
	void shouldFindTheNearestPassagesOfOtherSources() {
		SearchService.Similar similar = service.similar("art_3__para_3", 3).orElseThrow();
		assertThat(similar.available()).isTrue();
		assertThat(similar.hits()).hasSize(3).noneMatch(SearchHit::isTreaty);
		assertThat(similar.hits().get(0).id()).isEqualTo("passage-1");
		List<SearchHit> nearBushehr = service.similar("passage-2", 5).orElseThrow().hits();
		assertThat(nearBushehr).extracting(SearchHit::document).doesNotContain("briefing");
		assertThat(nearBushehr.get(0).id()).isEqualTo("art_23__para_1");
	}

}
