package org.treatylens.treaty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The front matter of a treaty text. Fields the source leaves out are null.
 */
public record TreatyHeader(String slug, String title, String shortTitle, List<String> parties, LocalDate signedOn,
		String place, String language, int articlesTotal, String textSource) {

	public TreatyHeader {
		Objects.requireNonNull(slug, "slug");
		Objects.requireNonNull(title, "title");
		parties = List.copyOf(parties);
		if (articlesTotal < 1) {
			throw new IllegalArgumentException("articles_total must be positive");
		}
	}

}
