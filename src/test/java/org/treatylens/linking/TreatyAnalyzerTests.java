package org.treatylens.linking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TreatyAnalyzerTests {

	private final TreatyAnalyzer analyzer = new TreatyAnalyzer("Treaty on Comprehensive Strategic Partnership");

	@Test
	void typographyDoesNotHideATerm() {
		assertThat(this.analyzer.terms("territorial\u202fintegrity and anti\u2011terrorism"))
			.isEqualTo(this.analyzer.terms("territorial integrity and anti-terrorism"))
			.contains("territori integr");
	}

}
