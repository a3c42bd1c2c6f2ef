package org.treatylens.treaty;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Resolves an article number from a path: something that is not a number ("abc", "-1") is
 * the client's mistake (400); a number the treaty does not have ("0", "48") is not found
 * (404).
 */
final class ArticleNumbers {

	private ArticleNumbers() {
	}

	static ArticleView find(TreatyView treaty, String number) {
		if (!number.matches("\\d{1,6}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'" + number
					+ "' is not an article number: give a whole number from 1 to " + treaty.articlesTotal());
		}
		int n = Integer.parseInt(number);
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
