package org.treatylens.linking;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The term counts one document is linked with: the snapshot of the last full relink, plus
 * the document's own counts when the snapshot did not count it as it is now (a new or
 * changed document), so that its words are weighed as the next full relink would weigh
 * them. With no snapshot yet, the document's own counts alone.
 */
@Service
class SnapshotStatistics {

	private final LinkStatisticsStore store;

	SnapshotStatistics(LinkStatisticsStore store) {
		this.store = store;
	}

	/** For a stored document, whose counted text is compared with the snapshot's. */
	LinkFinder.CommentaryStatistics forDocument(TreatyText treaty, long documentId, CommentaryText document) {
		Optional<LinkStatisticsStore.Signature> counted = this.store.counted(documentId);
		boolean countedAsItIs = counted.isPresent() && counted.equals(this.store.live(documentId));
		return with(treaty, document, countedAsItIs);
	}

	/** For a text not stored yet (an import's preview). */
	LinkFinder.CommentaryStatistics forNewText(TreatyText treaty, CommentaryText document) {
		return with(treaty, document, false);
	}

	private LinkFinder.CommentaryStatistics with(TreatyText treaty, CommentaryText document, boolean countedAsItIs) {
		Optional<LinkStatisticsStore.Snapshot> snapshot = this.store.snapshot();
		return (terms) -> {
			CorpusCounts own = countedAsItIs ? CorpusCounts.NONE
					: CorpusCounts
						.of(LinkFinder.countedTexts(List.of(document)), new TreatyAnalyzer(treaty.title()),
								new TreatyVocabulary())
						.only(terms);
			return snapshot.map((s) -> this.store.counts(s, terms).plus(own)).orElse(own);
		};
	}

}
