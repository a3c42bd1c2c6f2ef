package org.treatylens.corpus;

import java.util.Map;

/**
 * A person (or the start-up loader) changed a commentary document: imported, edited,
 * replaced its text, hid, showed or deleted it. Published inside the change's
 * transaction, so that its record in the history lands with it or not at all.
 *
 * @param actor who: the editor's user name, or {@code treatylens} for the bundled corpus
 * @param action {@code imported}, {@code loaded}, {@code edited}, {@code replaced},
 * {@code hidden}, {@code shown} or {@code deleted}
 * @param slug the document
 * @param summary what happened, in a sentence
 * @param details what was there and what is now (metadata, counts), as JSON-ready values
 */
public record DocumentCurated(String actor, String action, String slug, String summary, Map<String, Object> details) {

	/** The actor of what the app does by itself (loading the bundled corpus). */
	public static final String APP = "treatylens";

	public DocumentCurated {
		// keeps nulls: an unknown field is part of what was there
		details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
	}

}
