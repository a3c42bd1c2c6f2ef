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
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The Lucene index of passages: the one owner of its directory, its long-lived
 * {@link IndexWriter} and the {@link SearcherManager} searches go through. PostgreSQL is
 * the store of record; this index is derived from it, one document at a time
 * ({@link #replaceDocument}, {@link #removeDocument}) or whole ({@link #replaceAll}).
 * <p>
 * Every commit records the schema version and the corpus <em>generation</em> it holds
 * (the id of the last corpus job applied), so that an index that is behind the database
 * is noticed at start-up. An index that is missing, of another schema, or damaged is
 * thrown away and never served: until the first rebuild, {@link #servable()} is false and
 * search says the index is being rebuilt. A write that fails (a deleted or unwritable
 * directory, a writer closed by a tragic error) marks the index {@link #broken()}: the
 * old searcher keeps serving what it held, and the next {@link #replaceAll} opens a new
 * writer.
 */
final class PassageIndex implements Closeable {

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

	private final Path location;

	/** Serialises writes; never synchronise on the writer (its Javadoc warns why). */
	private final ReentrantLock writing = new ReentrantLock();

	private final AtomicBoolean closed = new AtomicBoolean();

	private final State openedAs;

	private final String openingProblem;

	private volatile Directory directory;

	private volatile IndexWriter writer;

	private volatile SearcherManager searchers;

	/**
	 * Whether the searchers hold a complete index (false until a rebuild after a bad
	 * start).
	 */
	private volatile boolean servable;

	/** Why the last write failed, while the writer is unusable; null when it is fine. */
	private volatile String broken;

	private volatile long generation;

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
		this.location = location;
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
		else {
			this.generation = storedGeneration(this.directory);
		}
		this.writer = newWriter(this.directory,
				(this.openedAs == State.READY) ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
		if (this.openedAs != State.READY) {
			commit(0);
		}
		this.searchers = new SearcherManager(this.writer, null);
		this.servable = this.openedAs == State.READY;
	}

	private static IndexWriter newWriter(Directory directory, IndexWriterConfig.OpenMode mode) throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.perField());
		config.setOpenMode(mode);
		return new IndexWriter(directory, config);
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

	private static long storedGeneration(Directory directory) throws IOException {
		String stored = SegmentInfos.readLatestCommit(directory).getUserData().get(IndexFields.GENERATION_KEY);
		return (stored != null) ? Long.parseLong(stored) : 0;
	}

	/** The model of the index's vectors, or null when it has none. */
	MeaningModel meaningModel() {
		return this.model;
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
	 * damaged, and after a failed write until a rebuild succeeds.
	 */
	boolean needsRebuild() {
		return !this.servable || this.broken != null;
	}

	/**
	 * Whether searches get a complete index (perhaps an older one while it is rebuilt).
	 */
	boolean servable() {
		return this.servable;
	}

	/** Why the last write failed, or null while writes work. */
	String broken() {
		return this.broken;
	}

	/** The corpus generation (last corpus job) of the last commit. */
	long generation() {
		return this.generation;
	}

	/**
	 * Replaces the whole content of the index with these passages, in one commit:
	 * searches see either the old index or the new one. After a failed write this opens a
	 * new writer on a fresh directory, and the old searcher serves until it commits.
	 */
	void replaceAll(List<SearchablePassage> passages, long generation) throws IOException {
		List<Document> documents = toDocuments(passages, Map.of());
		replaceAll((consumer) -> this.writer.addDocuments(documents), generation);
	}

	/** Receives one batch of a rebuild: passages and the vectors known for them. */
	@FunctionalInterface
	interface BatchConsumer {

		/**
		 * @param vectors stored vectors by index key; a passage absent from it is
		 * embedded
		 */
		void accept(List<SearchablePassage> passages, Map<String, float[]> vectors) throws IOException;

	}

	/** Hands every passage of a rebuild to the consumer, batch by batch. */
	@FunctionalInterface
	interface Batches {

		void forEach(BatchConsumer consumer) throws IOException;

	}

	/**
	 * Replaces the whole content of the index with the passages of these batches, in one
	 * commit, mapping (and embedding what has no stored vector) one batch at a time: the
	 * corpus is never held in memory at once. A failure rolls the writer back: searches
	 * keep the old index, and the next rebuild starts a new writer.
	 */
	void replaceAll(Batches batches, long generation) throws IOException {
		write(() -> {
			boolean reopened = false;
			if (this.broken != null) {
				reopen();
				reopened = true;
			}
			this.writer.deleteAll();
			batches.forEach((passages, vectors) -> this.writer.addDocuments(toDocuments(passages, vectors)));
			commit(generation);
			if (reopened) {
				SearcherManager old = this.searchers;
				this.searchers = new SearcherManager(this.writer, null);
				IOUtils.closeWhileHandlingException(old);
			}
			this.servable = true;
			this.broken = null;
		});
	}

	/**
	 * Replaces one commentary document's passages (none: it has no searchable passage)
	 * and commits, recording the generation.
	 */
	void replaceDocument(String slug, List<SearchablePassage> passages, long generation) throws IOException {
		replaceDocument(slug, passages, Map.of(), generation);
	}

	/**
	 * {@link #replaceDocument(String, List, long)} with stored vectors by index key (a
	 * passage without one is embedded).
	 */
	void replaceDocument(String slug, List<SearchablePassage> passages, Map<String, float[]> vectors, long generation)
			throws IOException {
		List<Document> documents = toDocuments(passages, vectors);
		write(() -> {
			if (this.broken != null) {
				throw new IOException("The search index could not be written (" + this.broken
						+ ") and must be rebuilt before documents can be added to it");
			}
			this.writer.deleteDocuments(new Term(IndexFields.DOCUMENT, slug));
			this.writer.addDocuments(documents);
			commit(generation);
		});
	}

	/**
	 * Removes one commentary document's passages and commits, recording the generation.
	 */
	void removeDocument(String slug, long generation) throws IOException {
		replaceDocument(slug, List.of(), generation);
	}

	/**
	 * Maps (and embeds) before the index is touched: a bad passage fails the write while
	 * the index is still as it was.
	 */
	private List<Document> toDocuments(List<SearchablePassage> passages, Map<String, float[]> stored) {
		float[][] vectors = new float[passages.size()][];
		if (this.model != null) {
			List<Integer> missing = new ArrayList<>();
			for (int i = 0; i < vectors.length; i++) {
				vectors[i] = stored.get(passages.get(i).id());
				if (vectors[i] == null) {
					missing.add(i);
				}
			}
			if (!missing.isEmpty()) {
				float[][] embedded = this.model.embed(missing.stream().map((i) -> passages.get(i).text()).toList());
				for (int m = 0; m < embedded.length; m++) {
					vectors[missing.get(m)] = embedded[m];
				}
			}
		}
		List<Document> documents = new ArrayList<>(passages.size());
		for (SearchablePassage passage : passages) {
			documents.add(PassageDocuments.toDocument(passage, vectors[documents.size()]));
		}
		return documents;
	}

	@FunctionalInterface
	private interface Write {

		void run() throws IOException;

	}

	/**
	 * Runs a write under the lock; a failure leaves the writer for dead (rolled back, its
	 * lock released) so that the next rebuild starts a new one, and the searchers keep
	 * serving what was last committed.
	 */
	private void write(Write write) throws IOException {
		this.writing.lock();
		try {
			ensureOpen();
			write.run();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException | RuntimeException ex) {
			markBroken(ex);
			throw ex;
		}
		finally {
			this.writing.unlock();
		}
	}

	private void markBroken(Exception ex) {
		this.broken = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		IOUtils.closeWhileHandlingException(() -> this.writer.rollback());
	}

	private void reopen() throws IOException {
		IOUtils.closeWhileHandlingException(this.writer, this.directory);
		Files.createDirectories(this.location);
		Directory fresh = FSDirectory.open(this.location);
		this.directory = fresh;
		this.writer = newWriter(fresh, IndexWriterConfig.OpenMode.CREATE);
	}

	private void commit(long generation) throws IOException {
		this.writer.setLiveCommitData(Map.of(IndexFields.SCHEMA_VERSION_KEY, IndexFields.SCHEMA_VERSION,
				IndexFields.GENERATION_KEY, Long.toString(generation))
			.entrySet());
		this.writer.commit();
		this.generation = generation;
	}

	/** Runs a read against the current searcher, released afterwards. */
	<T> T read(SearcherFunction<T> function) {
		ensureOpen();
		try {
			SearcherManager manager = this.searchers;
			IndexSearcher searcher;
			try {
				searcher = manager.acquire();
			}
			catch (AlreadyClosedException ex) {
				// swapped for a rebuilt index between reading the field and acquiring
				manager = this.searchers;
				searcher = manager.acquire();
			}
			try {
				return function.apply(searcher);
			}
			finally {
				manager.release(searcher);
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
			if (this.broken != null) {
				IOUtils.closeWhileHandlingException(this.searchers, this.writer, this.directory);
			}
			else {
				IOUtils.close(this.searchers, this.writer, this.directory);
			}
		}
	}

	@FunctionalInterface
	interface SearcherFunction<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

}
