package org.treatylens.treaty;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How much the commentary says about each article, for the front page's tiles. The treaty
 * module only declares it: the counts come from the links, which are computed from the
 * treaty (a module that knows them provides this bean; without one the tiles show no
 * counts).
 */
public interface ArticleDiscussion {

	/**
	 * For each article that at least one passage discusses, how many sources and passages
	 * do.
	 */
	Map<Integer, Count> byArticle();

	/**
	 * Where a reader should start: the articles most sources discuss (then most passages,
	 * then the lowest number), at most {@code limit} of them.
	 */
	default List<Integer> mostDiscussed(int limit) {
		return byArticle().entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<Integer, Count> e) -> e.getValue().sources())
				.thenComparing((e) -> e.getValue().passages())
				.reversed()
				.thenComparing(Map.Entry::getKey))
			.limit(limit)
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * How many sources and how many of their passages discuss an article.
	 */
	record Count(int sources, int passages) {

		/**
		 * A quiet heat scale for the tiles: 0 for no passage, then 1 to 3 relative to the
		 * most discussed article.
		 */
		public int heat(int mostPassages) {
			if (this.passages == 0 || mostPassages <= 0) {
				return 0;
			}
			return (int) Math.min(3, Math.ceil(3.0 * this.passages / mostPassages));
		}

	}

}
