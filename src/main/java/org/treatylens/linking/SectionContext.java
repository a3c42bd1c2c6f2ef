package org.treatylens.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Carries an article to the passages that discuss it without naming it: those under a
 * heading that names the article ("Article 4", then "This is particularly revealing…"),
 * and a passage that says "this article" right after one that cites or quotes a single
 * article. The section ends at the next heading, at a passage that cites or quotes only
 * other articles, and at a passage that plainly moved on: it is linked by similarity to
 * other articles and not to this one (measured by {@link SimilarityScorer}, not guessed).
 */
final class SectionContext {

	/** The score of a context link right below its anchor; it fades with distance. */
	static final double FIRST_SCORE = 0.7;

	static final double FADE = 0.05;

	static final double MIN_SCORE = 0.4;

	private static final Pattern ANAPHORA = Pattern.compile(
			"\\b(?:this|that|the said|the above) (?:article|provision|clause|paragraph)\\b", Pattern.CASE_INSENSITIVE);

	/** What linking already knows about a passage of the document, in reading order. */
	record Known(CommentaryText.Piece piece, boolean heading, Set<Integer> headingArticles, Set<Integer> direct,
			Set<Integer> similar) {
	}

	private SectionContext() {
	}

	private static String evidence(String heading, int article) {
		return (heading != null) ? "under the heading \u201c" + heading + "\u201d"
				: "continues the discussion of Article " + article;
	}

	static List<FoundLink> links(List<Known> passages) {
		List<FoundLink> links = new ArrayList<>();
		Integer current = null;
		String anchor = null;
		int distance = 0;
		Set<Integer> previousDirect = Set.of();
		for (Known known : passages) {
			if (known.piece().role() == CommentaryText.Role.BOILERPLATE) {
				continue;
			}
			if (known.heading()) {
				current = (known.headingArticles().size() == 1) ? known.headingArticles().iterator().next() : null;
				anchor = known.piece().text().strip();
				distance = 0;
				previousDirect = Set.of();
				continue;
			}
			Set<Integer> direct = known.direct();
			if (current != null) {
				boolean elsewhere = !direct.isEmpty() && !direct.contains(current);
				boolean movedOn = direct.isEmpty() && !known.similar().isEmpty() && !known.similar().contains(current);
				if (elsewhere || movedOn) {
					current = null;
				}
				else if (direct.contains(current)) {
					// it names or quotes the article itself: the section goes on from
					// here
					links.add(new FoundLink(known.piece().id(), current, null, LinkKind.CONTEXT, FIRST_SCORE,
							evidence(anchor, current)));
					distance = 0;
				}
				else {
					distance++;
					double score = Math.max(MIN_SCORE, FIRST_SCORE - FADE * (distance - 1));
					links.add(new FoundLink(known.piece().id(), current, null, LinkKind.CONTEXT, score,
							evidence(anchor, current)));
				}
			}
			if (current == null && direct.isEmpty() && previousDirect.size() == 1
					&& ANAPHORA.matcher(known.piece().text()).find()) {
				int article = previousDirect.iterator().next();
				var matcher = ANAPHORA.matcher(known.piece().text());
				matcher.find();
				links.add(new FoundLink(known.piece().id(), article, null, LinkKind.CONTEXT, FIRST_SCORE,
						"\u201c" + matcher.group() + "\u201d after a passage on Article " + article));
			}
			previousDirect = direct;
		}
		return links;
	}

}
