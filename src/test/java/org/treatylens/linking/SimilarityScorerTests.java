package org.treatylens.linking;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lucene scoring on its own, over the bundled corpus.
 */
class SimilarityScorerTests {

	private final TreatyText treaty = CorpusFixture.treaty();

	private final SimilarityScorer scorer = new SimilarityScorer(this.treaty,
			CorpusFixture.commentary()
				.stream()
				.flatMap((d) -> d.passages().stream())
				.map(CommentaryText.Piece::text)
				.toList(),
			new TreatyAnalyzer(this.treaty.title()), new TreatyVocabulary());

	private SimilarityScorer.Match best(String passage) {
		List<SimilarityScorer.Match> matches = this.scorer.matches(passage);
		assertThat(matches).isNotEmpty();
		return matches.get(0);
	}

	@Test
	void everydayWordsReachTheTreatyTerms() {
		SimilarityScorer.Match secretServices = best(CorpusFixture.line("stern-dpa-two-decades", 25).text());
		assertThat(secretServices.article()).isEqualTo(4);
		assertThat(secretServices.vocabulary()).extracting(TreatyVocabulary.Hit::written)
			.containsExactly("secret services");
		SimilarityScorer.Match warGames = best("The two navies will hold war games in the Caspian every year.");
		assertThat(warGames.article()).isEqualTo(5);
		assertThat(warGames.paragraph()).isEqualTo(3);
		SimilarityScorer.Match sanctions = best(CorpusFixture.line("russia-iran-relations", 102).text());
		assertThat(sanctions.article()).isEqualTo(19);
		assertThat(sanctions.specificTerms()).contains("extraterritori");
	}

	@Test
	void aNamedPrincipleIsASharedPairButAChanceNeighbourhoodIsNot() {
		SimilarityScorer.Match integrity = this.scorer.matches(CorpusFixture.line("russia-iran-relations", 20).text())
			.stream()
			.filter((m) -> m.article() == 3)
			.findFirst()
			.orElseThrow();
		assertThat(integrity.sharedPairs()).containsExactly("territori integr");
		// "increasing the level of exchanges" shares words with 4(1) but no term
		assertThat(this.scorer.matches(CorpusFixture.line("russia-iran-relations", 50).text()))
			.allSatisfy((m) -> assertThat(m.sharedPairs()).isEmpty());
	}

	@Test
	void scoresAreSharesOfTheParagraph() {
		String paragraph = this.treaty.paragraphs()
			.stream()
			.filter((p) -> p.article() == 23)
			.findFirst()
			.orElseThrow()
			.text();
		SimilarityScorer.Match itself = best(paragraph);
		assertThat(itself.article()).isEqualTo(23);
		assertThat(itself.score()).isEqualTo(1.0);
		assertThat(this.scorer.matches("The weather in Moscow was cold."))
			.allSatisfy((m) -> assertThat(m.score()).isLessThan(LinkFinder.SIMILARITY_MIN_SCORE));
	}

}
