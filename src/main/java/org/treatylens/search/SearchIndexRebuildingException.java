package org.treatylens.search;

/**
 * The index holds no complete corpus yet (it was missing, damaged or of another schema,
 * and its rebuild is under way): a search would wrongly answer "nothing found", so it
 * answers that the index is being rebuilt (503 with Retry-After on the API).
 */
class SearchIndexRebuildingException extends RuntimeException {

	static final String MESSAGE = "The search index is being rebuilt from the database; search again in a moment.";

	/** Seconds a client should wait before asking again. */
	static final int RETRY_AFTER_SECONDS = 10;

	SearchIndexRebuildingException() {
		super(MESSAGE);
	}

}
