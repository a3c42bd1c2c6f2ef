package org.treatylens.commentary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.treatylens.system.ReadCache;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every source with its passage count, in the order they were stored: read in two queries
 * and kept in memory until a {@link SourcesChanged} commits (an import, a replacement, an
 * edit, hiding, showing or deleting a document), since nearly every page lists the
 * sources and only those changes alter the list.
 */
@Service
public class SourceList {

	private final ReadCache<List<ListedSource>> cache;

	SourceList(SourceDocumentRepository documents, PassageRepository passages,
			PlatformTransactionManager transactions) {
		TransactionTemplate read = new TransactionTemplate(transactions);
		read.setReadOnly(true);
		this.cache = new ReadCache<>(() -> read.execute((status) -> load(documents, passages)));
	}

	/** Every source, hidden ones included (for editors). */
	public List<ListedSource> all() {
		return this.cache.get();
	}

	/** The sources readers see. */
	public List<ListedSource> visible() {
		return all().stream().filter((s) -> !s.hidden()).toList();
	}

	/** What a reader (or, {@code withHidden}, an editor) sees. */
	public List<ListedSource> listed(boolean withHidden) {
		return withHidden ? all() : visible();
	}

	// after commit, so that a page read meanwhile cannot put the old list back; an event
	// published outside a transaction evicts at once
	@TransactionalEventListener(fallbackExecution = true)
	void on(SourcesChanged changed) {
		this.cache.evict();
	}

	private static List<ListedSource> load(SourceDocumentRepository documents, PassageRepository passages) {
		Map<Long, Long> counts = passages.countPerDocument()
			.stream()
			.collect(Collectors.toMap(PassageRepository.PassageCount::getDocumentId,
					PassageRepository.PassageCount::getPassages));
		return documents.findAllByOrderByIdAsc()
			.stream()
			.map((d) -> ListedSource.of(d, counts.getOrDefault(d.getId(), 0L)))
			.toList();
	}

}
