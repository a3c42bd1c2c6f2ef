package org.treatylens.commentary;

import java.time.LocalDate;

/**
 * A source as the lists show it (the front page, the source list, the reading desk's
 * switches, the coverage columns, {@code GET /api/documents}): its metadata, whether an
 * editor hid it, and how many passages it has. Unknown metadata stays null.
 */
public record ListedSource(long id, String slug, String label, String title, String subtitle, String author,
		String publisher, PublicationDate published, String kind, String originalUrl, String language,
		LocalDate accessed, boolean hidden, long passages, DocumentMetadata metadata) {

	static ListedSource of(SourceDocument document, long passages) {
		return new ListedSource(document.getId(), document.getSlug(), document.getLabel(), document.getTitle(),
				document.getSubtitle(), document.getAuthor(), document.getPublisher(), document.getPublished(),
				document.getKind(), document.getOriginalUrl(), document.getLanguage(), document.getAccessed(),
				document.isHidden(), passages, document.metadata());
	}

}
