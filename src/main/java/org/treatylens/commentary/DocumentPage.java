package org.treatylens.commentary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.util.UriComponentsBuilder;

import org.treatylens.system.ListPage;

/**
 * One page of the document reader: {@value #SIZE} passages of the document, and the
 * contents and "passages on Article N" jumps of the whole document, each pointing at the
 * page its passage is on (a bare anchor when that is this page).
 */
record DocumentPage(ListPage<PassageView> passages, List<Jump> headings, List<ArticleJump> articleJumps) {

	/** Passages a page of the reader shows. */
	static final int SIZE = 200;

	/**
	 * Where a passage of the document is: its text (for a heading) and its link.
	 */
	record Jump(String text, String href) {

	}

	/**
	 * Where a document's passages on an article start, and how many there are.
	 */
	record ArticleJump(int article, int firstOrdinal, int passages, String href) {

	}

	static DocumentPage of(DocumentView document, int number) {
		ListPage<PassageView> page = ListPage.of(document.passages(), number, SIZE);
		List<Jump> headings = new ArrayList<>();
		Map<Integer, ArticleJump> jumps = new TreeMap<>();
		List<PassageView> all = document.passages();
		for (int i = 0; i < all.size(); i++) {
			PassageView passage = all.get(i);
			String href = href(document.slug(), page.number(), i / SIZE + 1, passage.ordinal());
			if ("heading".equals(passage.kind())) {
				headings.add(new Jump(passage.text(), href));
			}
			for (Integer article : passage.articles()) {
				jumps.merge(article, new ArticleJump(article, passage.ordinal(), 1, href), (first,
						next) -> new ArticleJump(article, first.firstOrdinal(), first.passages() + 1, first.href()));
			}
		}
		return new DocumentPage(page, headings, List.copyOf(jumps.values()));
	}

	/**
	 * The reader's address of a passage on page {@code page} (1 needs no parameter).
	 */
	static String location(String slug, int page, int ordinal) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/documents/{slug}");
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.fragment("p-" + ordinal).buildAndExpand(slug).encode().toUriString();
	}

	private static String href(String slug, int current, int page, int ordinal) {
		return (page == current) ? "#p-" + ordinal : location(slug, page, ordinal);
	}

	/** The address of another page of this document's reader. */
	public String pageHref(String slug, int page) {
		return UriComponentsBuilder.fromPath("/documents/{slug}")
			.queryParamIfPresent("page", java.util.Optional.ofNullable((page > 1) ? page : null))
			.buildAndExpand(slug)
			.encode()
			.toUriString();
	}

	public boolean isEmpty() {
		return this.headings.isEmpty() && this.articleJumps.isEmpty();
	}

}
