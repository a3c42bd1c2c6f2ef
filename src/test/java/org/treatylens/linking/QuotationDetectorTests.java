package org.treatylens.linking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotationDetectorTests {

	private final QuotationDetector detector = new QuotationDetector(CorpusFixture.treaty());

	private String line(String slug, int line) {
		return CorpusFixture.line(slug, line).text();
	}

	@Test
	void aQuotedParagraphIsFoundWithItsNumber() {
		assertThat(this.detector.find(line("russia-iran-relations", 70))).singleElement().satisfies((q) -> {
			assertThat(q.article()).isEqualTo(3);
			assertThat(q.paragraph()).isEqualTo(3);
			assertThat(q.score()).isEqualTo(1.0);
			assertThat(q.evidence()).startsWith("In the event that either Contracting Party is subject to aggression");
		});
	}

	@Test
	void aFormulaSharedWithAnotherParagraphIsNotAQuotationOfIt() {
		// 4(1) shares "the intelligence and security agencies of the Contracting Parties
		// shall" with 4(2)
		assertThat(this.detector.find(line("russia-iran-relations", 74))).singleElement()
			.satisfies((q) -> assertThat(q.paragraph()).isEqualTo(1));
	}

	@Test
	void typographyAndSpellingDoNotHideAQuotation() {
		// "non-interference" with a non-breaking hyphen in the treaty, a plain one here
		assertThat(this.detector.find("they promised independence, non-interference in the internal affairs of each "
				+ "other, the respect for sovereignty"))
			.singleElement()
			.satisfies((q) -> assertThat(q.article()).isEqualTo(3));
		// the treaty writes "defence", the commentary "defense"
		assertThat(this.detector.find(line("crescent-jonkers", 7)))
			.anySatisfy((q) -> assertThat(q.article()).isEqualTo(1));
	}

	@Test
	void commentaryAndFormulasAreNotQuotations() {
		assertThat(this.detector.find(line("russia-iran-relations", 72))).isEmpty();
		assertThat(this.detector.find("The Contracting Parties shall cooperate.")).isEmpty();
		assertThat(this.detector.find("a comprehensive, long-term and strategic partnership")).isEmpty();
	}

}
