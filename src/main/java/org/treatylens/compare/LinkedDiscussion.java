package org.treatylens.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.treatylens.linking.ArticleLinks;
import org.treatylens.linking.SourceCoverage;
import org.treatylens.treaty.ArticleDiscussion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The front page's counts of sources and passages per article, from the stored links'
 * coverage (one query for all articles, kept until the links or the sources change).
 */
@Component
class LinkedDiscussion implements ArticleDiscussion {

	private final ObjectProvider<ArticleLinks> links;

	/** The counts and the coverage they were made from. */
	private volatile Counted counted;

	private record Counted(List<SourceCoverage> from, Map<Integer, Count> counts) {
	}

	LinkedDiscussion(ObjectProvider<ArticleLinks> links) {
		this.links = links;
	}

	@Override
	public Map<Integer, Count> byArticle() {
		ArticleLinks articleLinks = this.links.getIfAvailable();
		if (articleLinks == null) {
			return Map.of();
		}
		// the coverage is kept until the links or the sources change: counted again
		// only when it is another one, not on every front page
		List<SourceCoverage> coverage = articleLinks.coverage();
		Counted known = this.counted;
		if (known != null && known.from() == coverage) {
			return known.counts();
		}
		Map<Integer, Count> counts = new HashMap<>();
		for (SourceCoverage c : coverage) {
			counts.merge(c.article(), new Count(1, c.passages()),
					(a, b) -> new Count(a.sources() + b.sources(), a.passages() + b.passages()));
		}
		Map<Integer, Count> made = Map.copyOf(counts);
		this.counted = new Counted(coverage, made);
		return made;
	}

}
