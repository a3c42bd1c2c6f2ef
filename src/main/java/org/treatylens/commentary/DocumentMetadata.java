package org.treatylens.commentary;

import java.util.Objects;

/**
 * What is known about a commentary document. Everything but the slug and label may be
 * null: metadata the source does not give stays empty.
 */
public record DocumentMetadata(String slug, String label, String title, String subtitle, String author,
		String publisher, PublicationDate published, String kind, String notes) {

	public DocumentMetadata {
		Objects.requireNonNull(slug, "slug");
		if (!slug.matches("[a-z0-9][a-z0-9-]*")) {
			throw new IllegalArgumentException("slug '" + slug + "' must be lower-case letters, digits and hyphens");
		}
		if (label == null || label.isBlank()) {
			label = (title != null && !title.isBlank()) ? title : slug;
		}
	}

}
