package org.treatylens.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words typed together rank higher where they stand close together, and scoring that over
 * the best matches only ranks them as scoring it over every match would.
 */
class ProximityRescorerTests {

	private final SearchQueryParser parser = new SearchQueryParser();

	private final SearchQueries queries = new SearchQueries();

	@TempDir
	Path dir;

	@Test
	void wordsStandingTogetherComeBeforeTheSameWordsApart() throws Exception {
		List<SearchablePassage> passages = List.of(
				passage(1, "Military ties grew while trade talks on cooperation stalled for a year."),
				passage(2, "Military cooperation grew while trade talks on ties stalled for a year."),
				passage(3, "Trade cooperation grew while military talks on ties stalled for a year."));
		assertThat(ranked(passages, "military cooperation", 10)).containsExactly("passage-2", "passage-1", "passage-3");
	}

	@Test
	void matchesThatFitTheWindowAreRankedAsProximityOverEveryMatchWouldRankThem() throws Exception {
		List<SearchablePassage> passages = new ArrayList<>();
		for (int i = 1; i <= ProximityRescorer.WINDOW - 10; i++) {
			// the words together in every fifth passage, which is longer than the others:
			// its words alone score lower
			String filler = " and talks".repeat(i % 7);
			String text = (i % 5 == 0) ? "Strategic partnership" + filler + " was signed in Moscow after long talks."
					: "Strategic goals" + filler + " of a partnership were signed in Moscow.";
			passages.add(passage(i, text));
		}
		for (int i = 1; i <= 1000; i++) {
			passages.add(passage(1000 + i, "Trade talks were held in Tehran."));
		}
		try (PassageIndex index = new PassageIndex(this.dir)) {
			index.replaceAll(passages, 1);
			ParsedQuery parsed = this.parser.parse("strategic partnership");
			Query words = this.queries.text(parsed, true);
			Query proximity = this.queries.proximity(parsed);
			List<String> rescored = index
				.read((searcher) -> ids(searcher, SearchService.ranked(searcher, words, proximity, 10)));
			List<String> overAll = index.read((searcher) -> ids(searcher,
					searcher.search(SearchQueries.withProximity(words, proximity), 10).scoreDocs));
			List<String> wordsAlone = index.read((searcher) -> ids(searcher, searcher.search(words, 10).scoreDocs));
			assertThat(rescored).hasSize(10).isEqualTo(overAll);
			assertThat(rescored).allMatch((id) -> Long.parseLong(id.substring("passage-".length())) % 5 == 0);
			assertThat(wordsAlone).noneMatch(rescored::contains);
		}
	}

	@Test
	void equalScoresKeepTheirReadingOrder() throws Exception {
		List<SearchablePassage> passages = new ArrayList<>();
		// indexed last first: the order of the index is not the reading order
		for (int i = 12; i >= 1; i--) {
			passages.add(passage(i, "The nuclear energy projects go on."));
		}
		assertThat(ranked(passages, "nuclear energy", 5)).containsExactly("passage-1", "passage-2", "passage-3",
				"passage-4", "passage-5");
	}

	private List<String> ranked(List<SearchablePassage> passages, String query, int wanted) throws Exception {
		try (PassageIndex index = new PassageIndex(this.dir)) {
			index.replaceAll(passages, 1);
			ParsedQuery parsed = this.parser.parse(query);
			return index.read((searcher) -> ids(searcher, SearchService.ranked(searcher,
					this.queries.text(parsed, true), this.queries.proximity(parsed), wanted)));
		}
	}

	private static List<String> ids(IndexSearcher searcher, ScoreDoc[] hits) throws java.io.IOException {
		List<String> ids = new ArrayList<>();
		for (ScoreDoc hit : hits) {
			ids.add(searcher.storedFields().document(hit.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
		}
		return ids;
	}

	private static SearchablePassage passage(long id, String text) {
		return SearchablePassage.commentary(id, "analysis", "Analysis", null, null, "PARAGRAPH", (int) id, List.of(),
				text, null);
	}

}
