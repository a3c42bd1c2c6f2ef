package org.treatylens.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		// the passages by source once, not once per source: thousands of sources
		Map<String, List<LinkedPassageView>> bySource = new HashMap<>();
		for (LinkedPassageView passage : this.linked) {
			if (paragraph == null || passage.discussesParagraph(paragraph)) {
				bySource.computeIfAbsent(passage.source().slug(), (slug) -> new ArrayList<>()).add(passage);
			}
		}
		List<SourceGroup> groups = new ArrayList<>();
		for (SourceSummary source : this.sources) {
			if (selection.shows(source.slug())) {
				groups.add(new SourceGroup(source, List.copyOf(bySource.getOrDefault(source.slug(), List.of()))));
			}
		}
		return groups;
	}

}
