package org.treatylens.linking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TreatyMentionTests {

	@Test
	void theTreatyNamedDefinitelyOrItsContentIsAMention() {
		assertThat(TreatyMention.in("Experts believe the treaty would help both countries")).isTrue();
		assertThat(TreatyMention.in("One of the key clauses in the pact pertains to territorial integrity")).isTrue();
		assertThat(TreatyMention.in("Both nations have pledged to deny access to their territories")).isTrue();
		assertThat(TreatyMention.in("a version of the agreement published by Iranian state media")).isTrue();
		assertThat(TreatyMention.in("Under the deal, neither country will ...")).isTrue();
	}

	@Test
	void anotherAgreementOrNoneIsNot() {
		assertThat(TreatyMention.in("He voiced his country's support for the settlement of issues in Syria based "
				+ "on its territorial integrity."))
			.isFalse();
		assertThat(TreatyMention
			.in("Bushehr nuclear power plant which is under construction as per an agreement " + "signed in 2014."))
			.isFalse();
		assertThat(TreatyMention.in("Russia and Iran are currently guided by the 2001 Treaty on the Foundations"))
			.isFalse();
	}

}
