package org.treatylens.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The Lucene index of passages: the one owner of its directory, its long-lived
 * {@link IndexWriter} and the {@link SearcherManager} searches go through. PostgreSQL is
 * the store of record; this index is derived from it and rebuilt whenever it is missing,
 * was built for another {@link IndexFields#SCHEMA_VERSION}, or fails verification (a
 * damaged index is thrown away, never served).
 */
final class PassageIndex implements Closeable {

	/** The model of the index's vectors, or null when it has none. */
	MeaningModel meaningModel() {
		return this.model;
	}

	/** What was found on disk when the index was opened. */
	enum State {

		/** A verified index of the current schema: serve it. */
		READY,
		/** No index yet. */
		MISSING,
		/** An index of another schema version. */
		OUTDATED,
		/** An index that could not be opened or failed CheckIndex. */
		DAMAGED

	}

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/** Serialises rebuilds; never synchronise on the writer (its Javadoc warns why). */
	private final ReentrantLock rebuilding = new ReentrantLock();

	private final AtomicBoolean closed = new AtomicBoolean();

	private final State openedAs;

	private final String openingProblem;

	private volatile boolean needsRebuild;

	private final MeaningModel model;

	/** An index searched by words only (no sentence model). */
	PassageIndex(Path location) throws IOException {
		this(location, null);
	}

	/**
	 * @param model the sentence model whose vectors the index keeps for meaning search,
	 * or null for words only
	 */
	PassageIndex(Path location, MeaningModel model) throws IOException {
		this.model = model;
		Files.createDirectories(location);
		this.directory = FSDirectory.open(location);
		String[] problem = new String[1];
		this.openedAs = inspect(this.directory, problem);
		this.openingProblem = problem[0];
		if (this.openedAs != State.READY) {
			// start from an empty directory: nothing of an old or damaged index survives
			for (String file : this.directory.listAll()) {
				this.directory.deleteFile(file);
			}
		}
		IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.perField());
		config.setOpenMode(
				(this.openedAs == State.READY) ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
		this.writer = new IndexWriter(this.directory, config);
		if (this.openedAs != State.READY) {
			commitWithVersion();
		}
		this.searchers = new SearcherManager(this.writer, null);
		this.needsRebuild = this.openedAs != State.READY;
	}

	private static State inspect(Directory directory, String[] problem) {
		try {
			if (!DirectoryReader.indexExists(directory)) {
				return State.MISSING;
			}
			String version = SegmentInfos.readLatestCommit(directory).getUserData().get(IndexFields.SCHEMA_VERSION_KEY);
			if (!IndexFields.SCHEMA_VERSION.equals(version)) {
				problem[0] = "schema version " + version + ", expected " + IndexFields.SCHEMA_VERSION;
				return State.OUTDATED;
			}
			try (CheckIndex check = new CheckIndex(directory)) {
				check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
				CheckIndex.Status status = check.checkIndex();
				if (!status.clean) {
					problem[0] = "CheckIndex found problems";
					return State.DAMAGED;
				}
			}
			return State.READY;
		}
		catch (IOException | RuntimeException ex) {
			problem[0] = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			return State.DAMAGED;
		}
	}

	/** What was on disk at start-up. */
	State openedAs() {
		return this.openedAs;
	}

	/** Why the index on disk was not served, or null. */
	String openingProblem() {
		return this.openingProblem;
	}

	/**
	 * True until the first {@link #replaceAll} after an index was missing, outdated or
	 * damaged.
	 */
	boolean needsRebuild() {
		return this.needsRebuild;
	}

	/**
	 * Replaces the whole content of the index with these passages, in one commit:
	 * searches see either the old index or the new one.
	 */
	void replaceAll(List<SearchablePassage> passages) throws IOException {
		// map (and embed) first: a bad passage fails the rebuild before the index is
		// touched
		float[][] vectors = (this.model != null)
				? this.model.embed(passages.stream().map(SearchablePassage::text).toList())
				: new float[passages.size()][];
		List<Document> documents = new ArrayList<>(passages.size());
		for (SearchablePassage passage : passages) {
			documents.add(PassageDocuments.toDocument(passage, documents.size(), vectors[documents.size()]));
		}
		this.rebuilding.lock();
		try {
			ensureOpen();
			this.writer.deleteAll();
			for (Document document : documents) {
				this.writer.updateDocument(new Term(IndexFields.ID, document.get(IndexFields.ID)), document);
			}
			commitWithVersion();
			this.searchers.maybeRefreshBlocking();
			this.needsRebuild = false;
		}
		finally {
			this.rebuilding.unlock();
		}
	}

	private void commitWithVersion() throws IOException {
		this.writer.setLiveCommitData(Map.of(IndexFields.SCHEMA_VERSION_KEY, IndexFields.SCHEMA_VERSION).entrySet());
		this.writer.commit();
	}

	/** Runs a read against the current searcher, released afterwards. */
	<T> T read(SearcherFunction<T> function) {
		ensureOpen();
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return function.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The number of indexed passages and paragraphs. */
	int size() {
		return read((searcher) -> searcher.getIndexReader().numDocs());
	}

	private void ensureOpen() {
		if (this.closed.get()) {
			throw new IllegalStateException("The passage index is closed");
		}
	}

	/** Commits and closes; safe to call more than once. */
	@Override
	public void close() throws IOException {
		if (this.closed.compareAndSet(false, true)) {
			IOUtils.close(this.searchers, this.writer, this.directory);
		}
	}

	@FunctionalInterface
	interface SearcherFunction<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

}
