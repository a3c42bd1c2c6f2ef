package org.treatylens.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.treatylens.linking.ArticleLinks;
import org.treatylens.linking.LinkKind;
import org.treatylens.linking.SourceCoverage;
import org.treatylens.system.ListPage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Articles × sources: how many passages of each source discuss each article, and the
 * strongest reason among them. Every article is a row, those without text included. The
 * grid is read a page at a time, {@value #ROWS} articles by {@value #COLUMNS} sources, so
 * that it stays the same size however large the treaty or the corpus; the counts under it
 * (passages per source, articles nobody discusses) are of the whole grid.
 */
@Service
class CoverageMap {

	/** Articles a page of the grid shows. */
	static final int ROWS = 50;

	/** Sources a page of the grid shows. */
	static final int COLUMNS = 20;

	private final ArticleCommentary commentary;

	private final ObjectProvider<ArticleLinks> links;

	private volatile Indexed indexed;

	CoverageMap(ArticleCommentary commentary, ObjectProvider<ArticleLinks> links) {
		this.commentary = commentary;
		this.links = links;
	}

	/**
	 * One article by one source. What the page writes in the cell is made here, once, not
	 * put together by template expressions: a page of the grid has a thousand cells, and
	 * rendering them was most of its time.
	 */
	record Cell(int article, SourceSummary source, int count, LinkKind strongest) {

		/** 0 for none, then 1, 2 (2–3 passages) and 3 (4 or more): the cell's shade. */
		public int level() {
			return (this.count == 0) ? 0 : (this.count == 1) ? 1 : (this.count <= 3) ? 2 : 3;
		}

		public String kindCode() {
			return (this.strongest != null) ? this.strongest.code() : "none";
		}

		public String classes() {
			return "cell level-" + level() + " cell--" + kindCode();
		}

		/** The compare view of the article with this source. */
		public String href() {
			return CompareController.address(this.article, this.source.slug()).build().encode().toUriString();
		}

		/** What a screen reader hears before the count. */
		public String context() {
			return "Article " + this.article + ", " + this.source.label() + ":";
		}

		public String unit() {
			return (this.count == 1) ? " passage" : " passages";
		}

	}

	/**
	 * An article's row: the cells of the sources on this page, and how many sources of
	 * all discuss it.
	 */
	record Row(int article, boolean present, List<Cell> cells, int sourcesDiscussing) {

	}

	/**
	 * A page of the grid: its sources (columns) and articles (rows), each a page of all
	 * of them, the passages of every source on this page over all articles, and how many
	 * articles nobody discusses.
	 */
	record Grid(ListPage<SourceSummary> sources, ListPage<Row> rows, Map<String, Integer> totals, long undiscussed,
			int articleCount, boolean uncovered, boolean linksAvailable) {

		public int total(String source) {
			return this.totals.getOrDefault(source, 0);
		}

		/** The address of another page of the grid, the filter kept. */
		public String page(int rowPage, int columnPage) {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/coverage");
			if (this.uncovered) {
				uri.queryParam("uncovered", true);
			}
			if (rowPage > 1) {
				uri.queryParam("page", rowPage);
			}
			if (columnPage > 1) {
				uri.queryParam("sourcePage", columnPage);
			}
			return uri.build().encode().toUriString();
		}

	}

	/** The coverage by article and source, and each source's passages in all. */
	private record Indexed(List<SourceCoverage> from, Map<Integer, Map<String, SourceCoverage>> covered,
			Map<String, Integer> totals) {

		static final Indexed NONE = new Indexed(List.of(), Map.of(), Map.of());

	}

	/**
	 * The coverage indexed for the grid, made again only when the coverage (kept until
	 * the links or the sources change) is another one: a corpus of thousands of sources
	 * has tens of thousands of (article, source) pairs, not to be gone through on every
	 * page of the map.
	 */
	private Indexed indexed(List<SourceCoverage> coverage) {
		Indexed known = this.indexed;
		if (known != null && known.from() == coverage) {
			return known;
		}
		Map<Integer, Map<String, SourceCoverage>> covered = new HashMap<>();
		Map<String, Integer> totals = new HashMap<>();
		for (SourceCoverage c : coverage) {
			covered.computeIfAbsent(c.article(), (n) -> new HashMap<>()).put(c.document(), c);
			totals.merge(c.document(), c.passages(), Integer::sum);
		}
		Indexed made = new Indexed(coverage, covered, totals);
		this.indexed = made;
		return made;
	}

	/**
	 * Page {@code rowPage} of the articles (only those nobody discusses when
	 * {@code uncovered}) by page {@code columnPage} of the sources.
	 */
	Grid grid(boolean uncovered, int rowPage, int columnPage) {
		List<Boolean> presence = this.commentary.presence();
		List<SourceSummary> sources = this.commentary.sources();
		ArticleLinks articleLinks = this.links.getIfAvailable();
		Indexed indexed = (articleLinks != null) ? indexed(articleLinks.coverage()) : Indexed.NONE;
		Map<Integer, Map<String, SourceCoverage>> covered = indexed.covered();
		Map<String, Integer> totals = indexed.totals();
		List<Integer> articles = IntStream.rangeClosed(1, presence.size())
			.filter((n) -> !uncovered || !covered.containsKey(n))
			.boxed()
			.toList();
		long undiscussed = IntStream.rangeClosed(1, presence.size()).filter((n) -> !covered.containsKey(n)).count();
		ListPage<SourceSummary> columns = ListPage.of(sources, columnPage, COLUMNS);
		ListPage<Integer> numbers = ListPage.of(articles, rowPage, ROWS);
		List<Row> rows = new ArrayList<>();
		for (int n : numbers.items()) {
			Map<String, SourceCoverage> byDocument = covered.getOrDefault(n, Map.of());
			List<Cell> cells = new ArrayList<>();
			for (SourceSummary source : columns.items()) {
				SourceCoverage c = byDocument.get(source.slug());
				cells
					.add((c != null) ? new Cell(n, source, c.passages(), c.strongest()) : new Cell(n, source, 0, null));
			}
			rows.add(new Row(n, presence.get(n - 1), cells, byDocument.size()));
		}
		return new Grid(columns, new ListPage<>(rows, numbers.number(), numbers.size(), numbers.total()), totals,
				undiscussed, presence.size(), uncovered, articleLinks != null);
	}

}
