package org.treatylens.commentary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A publication date that has the right form but does not exist is the user's mistake (a
 * 400 with a message), not a server error.
 */
class PublicationDateTests {

	@ParameterizedTest
	@ValueSource(strings = { "2025-13-45", "2025-02-30", "2025-02-29", "2025-00", "2025-13", "2024-04-31" })
	void shouldRefuseADateThatDoesNotExistWithAMessage(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> PublicationDate.parse(value))
			.withMessage("'" + value + "' is not a real date: there is no such month or day");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-02-29", "2025-02", "2025", "2025-12-31" })
	void shouldKeepARealDateAsPreciseAsGiven(String value) {
		assertThat(PublicationDate.parse(value).iso()).isEqualTo(value);
	}

}
