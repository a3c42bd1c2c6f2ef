package org.treatylens.embedding;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTests {

	private static List<String> sentences(String text) {
		return Sentences.split(text).stream().map((span) -> span.of(text)).toList();
	}

	@Test
	void splitsAtSentenceEndsAndTrims() {
		assertThat(sentences("  Both sides pledged restraint. Will it hold? Observers doubt it!  "))
			.containsExactly("Both sides pledged restraint.", "Will it hold?", "Observers doubt it!");
	}

	@Test
	void keepsAbbreviationsInitialsAndNumbersInsideTheSentence() {
		assertThat(sentences("Under Art. 4 the agencies share data, said V. Putin on Jan. 17. The U.S. objected."))
			.containsExactly("Under Art. 4 the agencies share data, said V. Putin on Jan. 17.", "The U.S. objected.");
	}

	@Test
	void aQuotationEndingASentenceStaysWithIt() {
		assertThat(sentences("The text says \"the Parties shall consult.\" Critics call this weak."))
			.containsExactly("The text says \"the Parties shall consult.\"", "Critics call this weak.");
	}

	@Test
	void aTextWithoutAnEndIsOneSentenceAndBlankIsNone() {
		assertThat(sentences("Article 3 of the treaty")).containsExactly("Article 3 of the treaty");
		assertThat(Sentences.split("  \n ")).isEmpty();
	}

}
