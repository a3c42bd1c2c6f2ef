package org.treatylens.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.treatylens.corpus.CorpusChanged;
import org.treatylens.linking.ArticleLinks;
import org.treatylens.linking.LinksRecomputed;

/**
 * Keeps the index in step with PostgreSQL: built at start-up when it is missing, outdated
 * or damaged (or when {@code treatylens.search.rebuild=true}), rebuilt after every
 * recomputation of the links, and on request.
 */
@Component
class IndexRebuilder {

	private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);

	private final PassageIndex index;

	private final SearchCorpus corpus;

	private final ObjectProvider<ArticleLinks> links;

	private final boolean rebuildAtStart;

	IndexRebuilder(PassageIndex index, SearchCorpus corpus, ObjectProvider<ArticleLinks> links,
			@Value("${treatylens.search.rebuild:false}") boolean rebuildAtStart) {
		this.index = index;
		this.corpus = corpus;
		this.links = links;
		this.rebuildAtStart = rebuildAtStart;
	}

	/** What a rebuild did. */
	record Rebuilt(int passages, long millis) {
	}

	Rebuilt rebuild(String reason) {
		long start = System.nanoTime();
		List<SearchablePassage> passages = this.corpus.read();
		try {
			this.index.replaceAll(passages);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not rebuild the search index", ex);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		log.info("Search index rebuilt ({}): {} passages and paragraphs in {} ms", reason, passages.size(), millis);
		return new Rebuilt(passages.size(), millis);
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (this.rebuildAtStart) {
			rebuild("treatylens.search.rebuild=true");
		}
		else if (this.index.needsRebuild()) {
			rebuild("index " + this.index.openedAs().name().toLowerCase(java.util.Locale.ROOT));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(LinksRecomputed event) {
		rebuild("links recomputed");
	}

	/**
	 * Without a linking module nobody announces links: the corpus change is the signal.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CorpusChanged event) {
		if (this.links.getIfAvailable() == null) {
			rebuild("corpus changed");
		}
	}

}
