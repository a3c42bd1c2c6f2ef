package org.treatylens.treaty;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Resolves an article number from a path: anything but a number from 1 to the treaty's
 * article count ("0", "48", "abc") is not found.
 */
final class ArticleNumbers {

	private ArticleNumbers() {
	}

	static ArticleView find(TreatyView treaty, String number) {
		int n = number.matches("\\d{1,6}") ? Integer.parseInt(number) : -1;
		if (!treaty.hasArticle(n)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no Article " + number + ": the treaty has articles 1 to " + treaty.articlesTotal());
		}
		return treaty.article(n);
	}

	static ResponseStatusException noTreaty() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No treaty has been imported yet");
	}

}
