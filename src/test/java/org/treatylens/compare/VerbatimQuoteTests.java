package org.treatylens.compare;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerbatimQuoteTests {

	private static final List<ArticleText.Paragraph> ARTICLE = List.of(
			paragraph(1, "The Contracting Parties shall strengthen their relations based on the principles of "
					+ "sovereign equality, territorial integrity, independence, non\u2011interference in the internal "
					+ "affairs of each other."),
			paragraph(3, "In the event that either Contracting Party is subject to aggression, the other Contracting "
					+ "Party shall not provide any military or other assistance to the aggressor."));

	@Test
	void aPassageThatOnlyReproducesAParagraphIsAQuoteOfIt() {
		assertThat(VerbatimQuote.reproduced("Article 3, paragraph 3: \u201cIn the event that either Contracting "
				+ "Party is subject to aggression, the other Contracting Party shall not provide any military or "
				+ "other assistance to the aggressor.\u201d", ARTICLE))
			.isEqualTo(3);
		// typography differs (a plain hyphen for the non-breaking one): still the same
		// words
		assertThat(VerbatimQuote.reproduced(
				"1. The Contracting Parties shall strengthen their relations based on the "
						+ "principles of sovereign equality, territorial integrity, independence, non-interference",
				ARTICLE))
			.isEqualTo(1);
	}

	@Test
	void aPassageThatSaysSomethingAboutTheQuoteIsNot() {
		assertThat(VerbatimQuote.reproduced("Unlike a mutual defence clause, the pledge that the other Contracting "
				+ "Party shall not provide any military or other assistance to the aggressor only promises "
				+ "neutrality: neither side must come to the other's aid, and analysts read it as a deliberate "
				+ "step back from an alliance.", ARTICLE))
			.isNull();
	}

	@Test
	void aVerdictIsForTheParagraphsItWasAskedAbout() {
		String quote = "In the event that either Contracting Party is subject to aggression, the other Contracting "
				+ "Party shall not provide any military or other assistance to the aggressor.";
		assertThat(VerbatimQuote.reproduced(quote, ARTICLE)).isEqualTo(3);
		// the same passage beside another article, or the same article numbered anew
		// (the full text imported): the verdict kept for the first is not reused
		assertThat(VerbatimQuote.reproduced(quote, List.of(ARTICLE.get(0)))).isNull();
		assertThat(VerbatimQuote.reproduced(quote, List.of(ARTICLE.get(0), paragraph(2, ARTICLE.get(1).text()))))
			.isEqualTo(2);
	}

	@Test
	void aShortPassageIsNeverCalledAQuote() {
		assertThat(VerbatimQuote.reproduced("subject to aggression", ARTICLE)).isNull();
	}

	private static ArticleText.Paragraph paragraph(int number, String text) {
		return new ArticleText.Paragraph(number, "art_3__para_" + number, text, "", "");
	}

}
