package org.treatylens.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One recorded change: when, who, what ({@code action}: imported, loaded, edited,
 * replaced, hidden, shown, deleted, accept, reject, add), about which document and
 * article, in a sentence, with the details as JSON (what was there and what is now).
 */
record Change(long id, Instant at, String actor, String action, String document, Integer article, String summary,
		@com.fasterxml.jackson.annotation.JsonRawValue String details) {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** The time for people: "2 Dec 2026, 16:40 UTC". */
	public String atDisplay() {
		return SHOWN.format(this.at);
	}

}
