package org.treatylens.linking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a stale snapshot costs: for each bundled document, the word statistics counted
 * without it (as if it had been imported after the last full relink, or deleted since),
 * and how many links of the other documents then differ from those a full relink gives
 * them. Prints the drift share (the document's passages over the snapshot's) beside the
 * links that changed. Run like {@link LinkQualityReport} (command in docs/linking.md).
 */
public final class SnapshotDriftReport {

	private SnapshotDriftReport() {
	}

	public static void main(String[] args) {
		TreatyText treaty = CorpusFixture.treaty();
		List<CommentaryText> corpus = CorpusFixture.commentary();
		TreatyAnalyzer analyzer = new TreatyAnalyzer(treaty.title());
		CorpusCounts all = CorpusCounts.of(LinkFinder.countedTexts(corpus), analyzer, new TreatyVocabulary());
		LinkFinder finder = new LinkFinder();
		for (CommentaryText left : corpus) {
			List<CommentaryText> others = new ArrayList<>(corpus);
			others.remove(left);
			CorpusCounts without = CorpusCounts.of(LinkFinder.countedTexts(others), analyzer, new TreatyVocabulary());
			int changed = 0;
			int total = 0;
			for (CommentaryText document : others) {
				Set<String> full = keys(finder.find(treaty, List.of(document), (terms) -> all));
				Set<String> stale = keys(finder.find(treaty, List.of(document), (terms) -> without));
				Set<String> differ = new HashSet<>(full);
				differ.addAll(stale);
				Set<String> same = new HashSet<>(full);
				same.retainAll(stale);
				differ.removeAll(same);
				changed += differ.size();
				total += full.size();
			}
			int passages = LinkFinder.countedTexts(List.of(left)).size();
			System.out.printf(
					"%-34s drift %5.1f %% (%d of %d passages): %d of %d passage-article links of the "
							+ "others differ%n",
					left.document(), 100.0 * passages / all.texts(), passages, all.texts(), changed, total);
		}
	}

	/** Passage and article of each link (any reason). */
	private static Set<String> keys(LinkFinder.Result result) {
		Set<String> keys = new HashSet<>();
		result.links().forEach((l) -> keys.add(l.passageId() + ":" + l.article()));
		return keys;
	}

}
