package org.treatylens.linking;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import org.treatylens.commentary.SourcesChanged;
import org.treatylens.system.ReadCache;

/**
 * How far the commentary has moved from the snapshot that weighs its words: the passages
 * of documents added, changed or deleted since the last full relink, as a share of the
 * passages the snapshot counted. Per-document linking keeps each document's links stable
 * by weighing words with the snapshot; the further the corpus drifts, the more a full
 * relink would change, which an editor is then offered.
 */
@Service
class StatisticsDrift {

	/**
	 * The share of passages changed beyond which the editor pages suggest a relink. A
	 * chosen bound, not a calibrated one: on the bundled corpus, a snapshot missing one
	 * document of 8-18 % of the passages changed 0-2 % of the other documents' links, one
	 * of 52 % changed 4 of 17 ({@code SnapshotDriftReport}, docs/linking.md).
	 */
	static final double NOTICE_SHARE = 0.10;

	/** The drift measured now. */
	public record Drift(Instant snapshotTakenAt, int snapshotPassages, int changedPassages, int changedDocuments) {

		public double share() {
			return (double) this.changedPassages / Math.max(1, this.snapshotPassages);
		}

		public boolean worthARelink() {
			return share() > NOTICE_SHARE;
		}

		/** "12 %". */
		public String percent() {
			return Math.round(100 * share()) + " %";
		}

	}

	private final LinkStatisticsStore store;

	// measuring hashes every passage's text: kept until the commentary or the snapshot
	// changes, not redone on every review page (one per keystroke)
	private final ReadCache<Optional<Drift>> measured;

	StatisticsDrift(LinkStatisticsStore store) {
		this.store = store;
		this.measured = new ReadCache<>(this::read);
	}

	/** Empty before the first full relink. */
	Optional<Drift> measure() {
		return this.measured.get();
	}

	// after commit, so that a page read meanwhile cannot keep the old measure
	@TransactionalEventListener(fallbackExecution = true)
	void on(SourcesChanged changed) {
		this.measured.evict();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(LinksRecomputed recomputed) {
		this.measured.evict();
	}

	private Optional<Drift> read() {
		return this.store.snapshot().map((snapshot) -> {
			Map<Long, LinkStatisticsStore.Signature> counted = this.store.counted();
			Map<Long, LinkStatisticsStore.Signature> live = this.store.live();
			int passages = 0;
			int documents = 0;
			for (Map.Entry<Long, LinkStatisticsStore.Signature> now : live.entrySet()) {
				LinkStatisticsStore.Signature then = counted.get(now.getKey());
				if (!now.getValue().equals(then)) {
					// added, or changed: its passages now and those counted then
					passages += now.getValue().passages() + ((then != null) ? then.passages() : 0);
					documents++;
				}
			}
			for (Map.Entry<Long, LinkStatisticsStore.Signature> then : counted.entrySet()) {
				if (!live.containsKey(then.getKey())) {
					passages += then.getValue().passages();
					documents++;
				}
			}
			return new Drift(snapshot.takenAt(), snapshot.totals().texts(), passages, documents);
		});
	}

}
