package org.treatylens.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * What every reading page of one article starts from, read once per request: the article,
 * the sources in their order and the passages linked to the article, best first (none
 * when the links are not there yet).
 */
record ArticleReading(ArticleText article, List<SourceSummary> sources, List<LinkedPassageView> linked,
		boolean linksAvailable) {

	List<String> slugs() {
		return this.sources.stream().map(SourceSummary::slug).toList();
	}

	/**
	 * One group per chosen source, in the sources' order, holding its passages (only
	 * those on paragraph {@code paragraph} when one is given); a group may be empty.
	 */
	List<SourceGroup> groups(SourceSelection selection, Integer paragraph) {
		List<SourceGroup> groups = new ArrayList<>();
		for (SourceSummary source : this.sources) {
			if (selection.shows(source.slug())) {
				groups.add(new SourceGroup(source,
						this.linked.stream()
							.filter((p) -> p.source().slug().equals(source.slug()))
							.filter((p) -> paragraph == null || p.discussesParagraph(paragraph))
							.toList()));
			}
		}
		return groups;
	}

}
