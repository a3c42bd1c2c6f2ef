package org.treatylens.compare;

import java.util.HashMap;
import java.util.Map;

import org.treatylens.linking.ArticleLinks;
import org.treatylens.linking.SourceCoverage;
import org.treatylens.treaty.ArticleDiscussion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The front page's counts of sources and passages per article, from the stored links (one
 * query for all articles).
 */
@Component
class LinkedDiscussion implements ArticleDiscussion {

	private final ObjectProvider<ArticleLinks> links;

	LinkedDiscussion(ObjectProvider<ArticleLinks> links) {
		this.links = links;
	}

	@Override
	public Map<Integer, Count> byArticle() {
		ArticleLinks articleLinks = this.links.getIfAvailable();
		Map<Integer, Count> counts = new HashMap<>();
		if (articleLinks == null) {
			return counts;
		}
		for (SourceCoverage coverage : articleLinks.coverage()) {
			counts.merge(coverage.article(), new Count(1, coverage.passages()),
					(a, b) -> new Count(a.sources() + b.sources(), a.passages() + b.passages()));
		}
		return counts;
	}

}
