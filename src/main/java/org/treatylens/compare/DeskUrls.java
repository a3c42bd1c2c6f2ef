package org.treatylens.compare;

import java.util.function.Consumer;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of the reading desk, each keeping the rest of the page's state: switch a
 * source on or off, narrow to a paragraph or widen again, open the compare view.
 */
record DeskUrls(int article, SourceSelection selection, Integer paragraph, int sourcePage) {

	DeskUrls(int article, SourceSelection selection, Integer paragraph) {
		this(article, selection, paragraph, 1);
	}

	/** Page {@code page} of the sources, the sources and paragraph kept. */
	public String sources(int page) {
		UriComponentsBuilder uri = base(this.selection::addTo, this.paragraph);
		if (page > 1) {
			uri.queryParam("sourcePage", page);
		}
		return uri.build().encode().toUriString();
	}

	public String toggle(String slug) {
		return build((uri) -> this.selection.addToggledTo(uri, slug), this.paragraph, null);
	}

	public String paragraph(int number) {
		return build(this.selection::addTo, number, "para-" + number);
	}

	public String allParagraphs() {
		return build(this.selection::addTo, null, null);
	}

	public String allSources() {
		return build((uri) -> {
		}, this.paragraph, null);
	}

	/**
	 * Page {@code page} of all of one source's passages ({@code ?more=slug}), the sources
	 * and paragraph kept.
	 */
	public String more(String slug, int page) {
		UriComponentsBuilder uri = onThisSourcePage().queryParam("more", slug);
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.fragment("source-" + slug).build().encode().toUriString();
	}

	/** Back to the strongest passages of every source, at this one. */
	public String fewer(String slug) {
		return onThisSourcePage().fragment("source-" + slug).build().encode().toUriString();
	}

	private UriComponentsBuilder onThisSourcePage() {
		UriComponentsBuilder uri = base(this.selection::addTo, this.paragraph);
		if (this.sourcePage > 1) {
			uri.queryParam("sourcePage", this.sourcePage);
		}
		return uri;
	}

	public String compare() {
		// the compare view takes a list of sources; a choice of all but a few is too many
		// columns, so it picks the sources that say most instead
		boolean listed = this.selection.explicit() && this.selection.listed();
		return CompareController.address(this.article, listed ? this.selection.value() : null)
			.build()
			.encode()
			.toUriString();
	}

	private String build(Consumer<UriComponentsBuilder> sources, Integer para, String fragment) {
		UriComponentsBuilder uri = base(sources, para);
		if (fragment != null) {
			uri.fragment(fragment);
		}
		return uri.build().encode().toUriString();
	}

	private UriComponentsBuilder base(Consumer<UriComponentsBuilder> sources, Integer para) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/articles/" + this.article);
		sources.accept(uri);
		if (para != null) {
			uri.queryParam("para", para);
		}
		return uri;
	}

}
