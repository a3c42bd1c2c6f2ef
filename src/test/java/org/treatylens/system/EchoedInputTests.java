package org.treatylens.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a notice quotes back of a reader's input: readable, one line, and short.
 */
class EchoedInputTests {

	@Test
	void plainInputIsQuotedAsTyped() {
		assertThat(EchoedInput.of("crescent-jonkers")).isEqualTo("crescent-jonkers");
		assertThat(EchoedInput.of("Peseschkian’s «visit» 🇮🇷")).isEqualTo("Peseschkian’s «visit» 🇮🇷");
	}

	@Test
	void invisibleCharactersAreShownAndWhiteSpaceIsOneSpace() {
		assertThat(EchoedInput.of("a\u0000b\u200Bc")).isEqualTo("a\uFFFDb\uFFFDc");
		assertThat(EchoedInput.of("  two\n\t words\u00A0 ")).isEqualTo("two words");
	}

	@Test
	void longInputIsCutWithAnEllipsis() {
		assertThat(EchoedInput.of("x".repeat(EchoedInput.MAX_LENGTH))).hasSize(EchoedInput.MAX_LENGTH);
		assertThat(EchoedInput.of("x".repeat(5000))).isEqualTo("x".repeat(EchoedInput.MAX_LENGTH) + "…");
		// never in the middle of a character
		assertThat(EchoedInput.of("🇮".repeat(100))).isEqualTo("🇮".repeat(EchoedInput.MAX_LENGTH) + "…");
	}

}
