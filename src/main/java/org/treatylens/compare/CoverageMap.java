package org.treatylens.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.treatylens.linking.ArticleLinks;
import org.treatylens.linking.LinkKind;
import org.treatylens.linking.SourceCoverage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Articles × sources: how many passages of each source discuss each article, and the
 * strongest reason among them. Every article is a row, those without text included.
 */
@Service
class CoverageMap {

	private final ArticleCommentary commentary;

	private final ObjectProvider<ArticleLinks> links;

	CoverageMap(ArticleCommentary commentary, ObjectProvider<ArticleLinks> links) {
		this.commentary = commentary;
		this.links = links;
	}

	record Cell(String source, int count, LinkKind strongest) {

		/** 0 for none, then 1, 2 (2–3 passages) and 3 (4 or more): the cell's shade. */
		public int level() {
			return (this.count == 0) ? 0 : (this.count == 1) ? 1 : (this.count <= 3) ? 2 : 3;
		}

		public String kindCode() {
			return (this.strongest != null) ? this.strongest.code() : "none";
		}

		public String describe() {
			if (this.count == 0) {
				return "no passages";
			}
			return this.count + ((this.count == 1) ? " passage" : " passages") + ", strongest reason: "
					+ kindCode().toLowerCase(Locale.ROOT);
		}

	}

	record Row(int article, boolean present, List<Cell> cells) {

		public long sourcesDiscussing() {
			return this.cells.stream().filter((c) -> c.count() > 0).count();
		}

	}

	record Grid(List<SourceSummary> sources, List<Row> rows, boolean linksAvailable) {

		public int total(String source) {
			return this.rows.stream()
				.flatMap((r) -> r.cells().stream())
				.filter((c) -> c.source().equals(source))
				.mapToInt(Cell::count)
				.sum();
		}

		public long undiscussed() {
			return this.rows.stream().filter((r) -> r.sourcesDiscussing() == 0).count();
		}

		/**
		 * The same grid with only the articles no source discusses.
		 */
		Grid undiscussedOnly() {
			return new Grid(this.sources, this.rows.stream().filter((r) -> r.sourcesDiscussing() == 0).toList(),
					this.linksAvailable);
		}

	}

	Grid grid() {
		List<Boolean> presence = this.commentary.presence();
		List<SourceSummary> sources = this.commentary.sources();
		ArticleLinks articleLinks = this.links.getIfAvailable();
		Map<Integer, Map<String, SourceCoverage>> covered = new HashMap<>();
		if (articleLinks != null) {
			for (SourceCoverage c : articleLinks.coverage()) {
				covered.computeIfAbsent(c.article(), (n) -> new HashMap<>()).put(c.document(), c);
			}
		}
		List<Row> rows = new ArrayList<>();
		for (int n = 1; n <= presence.size(); n++) {
			Map<String, SourceCoverage> byDocument = covered.getOrDefault(n, Map.of());
			List<Cell> cells = new ArrayList<>();
			for (SourceSummary source : sources) {
				SourceCoverage c = byDocument.get(source.slug());
				cells.add((c != null) ? new Cell(source.slug(), c.passages(), c.strongest())
						: new Cell(source.slug(), 0, null));
			}
			rows.add(new Row(n, presence.get(n - 1), cells));
		}
		return new Grid(sources, rows, articleLinks != null);
	}

}
