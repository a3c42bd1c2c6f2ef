package org.treatylens.commentary;

/**
 * A source document's metadata and passage count, as the source list and
 * {@code GET /api/documents} show it. {@code published} is the ISO date with its
 * precision ({@code 2025}, {@code 2025-02}, {@code 2025-01-24}) or null; {@code hidden}
 * is true only in an editor's list.
 */
record DocumentSummary(String slug, String label, String title, String subtitle, String author, String publisher,
		String published, String kind, String originalUrl, String language, String accessed, boolean hidden,
		long passages) {

	static DocumentSummary of(ListedSource source) {
		PublicationDate published = source.published();
		return new DocumentSummary(source.slug(), source.label(), source.title(), source.subtitle(), source.author(),
				source.publisher(), (published != null) ? published.iso() : null, source.kind(), source.originalUrl(),
				source.language(), (source.accessed() != null) ? source.accessed().toString() : null, source.hidden(),
				source.passages());
	}

	/**
	 * The date for people ({@code 24 January 2025}), as every page shows it; not part of
	 * the JSON, which gives the ISO form.
	 */
	public String publishedDisplay() {
		return (this.published != null) ? PublicationDate.parse(this.published).display() : null;
	}

}
