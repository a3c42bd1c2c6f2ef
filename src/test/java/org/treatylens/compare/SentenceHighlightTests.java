package org.treatylens.compare;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.treatylens.linking.LinkKind;
import org.treatylens.linking.LinkReason;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceHighlightTests {

	private static final String ARTICLE_3 = "The Contracting Parties shall not join any military alliance directed against each other, "
			+ "nor allow the use of their territory for aggression against the other Party.";

	@Test
	void marksTheSentenceThatCitesTheArticle() {
		String text = "The treaty was signed in Moscow. Under Art. 3 neither side may help an aggressor against the other. "
				+ "Observers were sceptical.";
		SentenceHighlight highlight = SentenceHighlight.of(text,
				List.of(new LinkReason(LinkKind.CITATION, null, 1.0, "Art. 3")), ARTICLE_3);
		assertThat(highlight.sentence())
			.isEqualTo("Under Art. 3 neither side may help an aggressor against the other.");
		assertThat(highlight.before() + highlight.sentence() + highlight.after()).isEqualTo(text);
	}

	@Test
	void theSamePassageIsMarkedByItsOwnEvidenceEveryTimeItIsAskedFor() {
		String text = "The treaty was signed in Moscow. Under Art. 3 neither side may help an aggressor against the other. "
				+ "Observers were sceptical.";
		List<LinkReason> citation = List.of(new LinkReason(LinkKind.CITATION, null, 1.0, "Art. 3"));
		List<LinkReason> signing = List.of(new LinkReason(LinkKind.SIMILARITY, null, 0.4, "signed in Moscow"));
		for (int ask = 0; ask < 2; ask++) {
			assertThat(SentenceHighlight.of(text, citation, ARTICLE_3).sentence()).startsWith("Under Art. 3");
			assertThat(SentenceHighlight.of(text, signing, ARTICLE_3).sentence())
				.isEqualTo("The treaty was signed in Moscow.");
		}
	}

	@Test
	void marksTheSentenceWhereAQuotationBeginsEvenAcrossLineBreaks() {
		String text = "It is not a defence pact. The parties promise \"not to join any military\n alliance directed against each other\". Nothing more.";
		SentenceHighlight highlight = SentenceHighlight.of(text,
				List.of(new LinkReason(LinkKind.QUOTATION, 1, 0.9, "not to join any military alliance")), ARTICLE_3);
		assertThat(highlight.sentence()).startsWith("The parties promise").endsWith("other\".");
	}

	@Test
	void usesTheWrittenSideOfSimilarityEvidence() {
		String text = "Trade grew fast. Both capitals reject a military alliance. Oil prices fell.";
		SentenceHighlight highlight = SentenceHighlight.of(text, List
			.of(new LinkReason(LinkKind.SIMILARITY, null, 0.4, "sanctions ≈ coercive measures; military alliance")),
				ARTICLE_3);
		assertThat(highlight.sentence()).isEqualTo("Both capitals reject a military alliance.");
	}

	@Test
	void fallsBackToTheSentenceSharingMostWordsWithTheArticleAndElseMarksNothing() {
		String text = "A long introduction. Neither will allow its territory to serve aggression against the other. The end.";
		SentenceHighlight byWords = SentenceHighlight.of(text,
				List.of(new LinkReason(LinkKind.CONTEXT, null, 0.5, "heading: Article 3")), ARTICLE_3);
		assertThat(byWords.sentence()).startsWith("Neither will allow");

		SentenceHighlight none = SentenceHighlight.of("Weather was fine.", List.of(), ARTICLE_3);
		assertThat(none.marked()).isFalse();
		assertThat(none.before()).isEqualTo("Weather was fine.");
	}

	@Test
	void doesNotSplitAfterAbbreviationsOrInitials() {
		assertThat(SentenceHighlight.sentences("See Art. 4 and No. 12 by B. Jonkers. Then more.")).hasSize(2);
	}

}
