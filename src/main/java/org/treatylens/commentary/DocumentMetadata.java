package org.treatylens.commentary;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What is known about a commentary document. Everything but the slug and label may be
 * null: metadata the source does not give stays empty. {@code originalUrl} is where the
 * document was published (http or https), {@code language} a BCP 47 tag as given,
 * {@code accessed} the day the original was read.
 */
public record DocumentMetadata(String slug, String label, String title, String subtitle, String author,
		String publisher, PublicationDate published, String kind, String notes, String originalUrl, String language,
		LocalDate accessed) {

	public DocumentMetadata {
		Objects.requireNonNull(slug, "slug");
		if (!slug.matches("[a-z0-9][a-z0-9-]*")) {
			throw new IllegalArgumentException("slug '" + slug + "' must be lower-case letters, digits and hyphens");
		}
		if (label == null || label.isBlank()) {
			label = (title != null && !title.isBlank()) ? title : slug;
		}
		if (originalUrl != null && !isWebAddress(originalUrl)) {
			throw new IllegalArgumentException(
					"The original URL '" + originalUrl + "' is not an http:// or https:// address");
		}
		if (language != null && !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
			throw new IllegalArgumentException(
					"The language '" + language + "' is not a language tag such as 'en', 'ru' or 'fa-IR'");
		}
	}

	/**
	 * Metadata without the citation fields (the bundled manifest's and the import form's
	 * before they had them).
	 */
	public DocumentMetadata(String slug, String label, String title, String subtitle, String author, String publisher,
			PublicationDate published, String kind, String notes) {
		this(slug, label, title, subtitle, author, publisher, published, kind, notes, null, null, null);
	}

	/**
	 * The same metadata with the citation fields given.
	 */
	public DocumentMetadata withCitationFields(String originalUrl, String language, LocalDate accessed) {
		return new DocumentMetadata(this.slug, this.label, this.title, this.subtitle, this.author, this.publisher,
				this.published, this.kind, this.notes, originalUrl, language, accessed);
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

}
