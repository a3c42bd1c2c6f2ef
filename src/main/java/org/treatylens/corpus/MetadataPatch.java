package org.treatylens.corpus;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import org.treatylens.commentary.DocumentMetadata;

/**
 * Applies a JSON merge patch ({@code PATCH /api/documents/{slug}}) to a document's
 * metadata: a field given replaces the stored one (null or blank makes it unknown), a
 * field left out stays. The result goes through the same checks as the edit form.
 */
final class MetadataPatch {

	private MetadataPatch() {
	}

	static DocumentUpload apply(DocumentMetadata stored, Map<String, Object> changes) {
		DocumentUpload current = DocumentUpload.of(stored);
		if (changes.containsKey("slug") && !stored.slug().equals(changes.get("slug"))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"A document keeps its slug ('" + stored.slug() + "'): permalinks use it");
		}
		if (changes.containsKey("label") && text(changes, "label") == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A document always has a label");
		}
		return new DocumentUpload(stored.slug(), pick(changes, "label", current.label()),
				pick(changes, "title", current.title()), pick(changes, "subtitle", current.subtitle()),
				pick(changes, "author", current.author()), pick(changes, "publisher", current.publisher()),
				pick(changes, "published", current.published()), pick(changes, "kind", current.kind()),
				pick(changes, "notes", current.notes()), pick(changes, "originalUrl", current.originalUrl()),
				pick(changes, "language", current.language()), pick(changes, "accessed", current.accessed()));
	}

	private static String pick(Map<String, Object> changes, String field, String stored) {
		return changes.containsKey(field) ? text(changes, field) : stored;
	}

	private static String text(Map<String, Object> changes, String field) {
		Object value = changes.get(field);
		if (value != null && !(value instanceof String)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'" + field + "' is text or null");
		}
		return (String) value;
	}

}
