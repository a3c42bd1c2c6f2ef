package org.treatylens.linking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.treatylens.commentary.Passage;
import org.treatylens.commentary.SourceDocument;
import org.treatylens.commentary.SourceDocumentRepository;
import org.treatylens.corpus.CorpusJob;
import org.treatylens.corpus.CorpusJobStep;
import org.treatylens.corpus.CorpusJobs;
import org.treatylens.embedding.EmbeddedPassage;
import org.treatylens.embedding.PassageEmbeddings;
import org.treatylens.treaty.Article;
import org.treatylens.treaty.ArticleParagraph;
import org.treatylens.treaty.Treaty;
import org.treatylens.treaty.TreatyRepository;

/**
 * The linking stage of the corpus jobs: links one document's passages when it is added or
 * replaced, and only that document's (the links of the others never change because of
 * it), or every document when a full relink is asked for. Runs on the job worker: the
 * texts are read in one short read-only transaction, the links computed outside any
 * transaction, and stored in another short one.
 * <p>
 * At start-up, links stored by another version of the rules (or never computed) get a
 * full relink job; until it is done the old links are served.
 */
@Service
class ArticleLinker implements CorpusJobStep, SmartLifecycle, DisposableBean {

	/**
	 * Just after the corpus loader (phase 0) queued its jobs, and before the job worker
	 * (phase 2) and the web server start.
	 */
	private static final int PHASE = 1;

	private static final Logger log = LoggerFactory.getLogger(ArticleLinker.class);

	private final TreatyRepository treaties;

	private final SourceDocumentRepository documents;

	private final LinkStore store;

	private final CorpusJobs jobs;

	private final ApplicationEventPublisher events;

	private final LinkStatisticsStore statistics;

	private final SnapshotStatistics snapshot;

	private final PassageEmbeddings embeddings;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	/**
	 * Where one document's linking time goes (metric {@value #TIME_METRIC}, tag
	 * {@code part}): its sentence vectors, the rules, storing the links.
	 */
	static final String TIME_METRIC = "treatylens.linking.document";

	private final Timer embeddingTime;

	private final Timer rulesTime;

	private final Timer storingTime;

	/** Computes a linked document's sentence vectors beside its rules. */
	private final ExecutorService sentenceVectors = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("sentence-vectors").daemon(true).factory());

	private volatile boolean running;

	ArticleLinker(TreatyRepository treaties, SourceDocumentRepository documents, LinkStore store, CorpusJobs jobs,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, LinkStatisticsStore statistics,
			SnapshotStatistics snapshot, PassageEmbeddings embeddings, MeterRegistry meters) {
		this.embeddingTime = partTimer(meters, "sentence-vectors");
		this.rulesTime = partTimer(meters, "rules");
		this.storingTime = partTimer(meters, "storing");
		this.statistics = statistics;
		this.snapshot = snapshot;
		this.embeddings = embeddings;
		this.treaties = treaties;
		this.documents = documents;
		this.store = store;
		this.jobs = jobs;
		this.events = events;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
	}

	@Override
	public Stage stage() {
		return Stage.LINK;
	}

	@Override
	public Result run(CorpusJob job) {
		switch (job.action()) {
			case LINK_DOCUMENT -> linkDocument(job.document());
			case RELINK_ALL -> {
				relinkAll();
				return Result.EVERYTHING;
			}
			// the document's passages, and with them their links, went with it; or only
			// the index has work to do
			case UNLINK_DOCUMENT, REINDEX_DOCUMENT, REINDEX_ALL -> {
			}
		}
		return Result.THIS_JOB;
	}

	/**
	 * Links stored by another version of the rules (or never computed) get a full relink
	 * job, unless one is already queued (the bundled corpus's first load, or a restart
	 * before it was done).
	 */
	@Override
	public void start() {
		this.running = true;
		Optional<Integer> stored = this.store.rulesVersion();
		if (stored.isPresent() && stored.get() == LinkFinder.RULES_VERSION) {
			log.info("The stored links follow the current rules (version {})", LinkFinder.RULES_VERSION);
			return;
		}
		if (this.jobs.waiting(CorpusJob.Action.RELINK_ALL)) {
			return;
		}
		log.info("Asking for a full relink: links stored by rules version {}, current is {}", stored.orElse(null),
				LinkFinder.RULES_VERSION);
		this.jobs.relinkAll("the links were stored by rules version " + stored.map(String::valueOf).orElse("none")
				+ ", the current rules are version " + LinkFinder.RULES_VERSION);
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public void destroy() {
		this.sentenceVectors.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private record DocumentText(long documentId, CommentaryText text) {
	}

	private record TimedVectors(Map<Long, EmbeddedPassage> vectors, long nanos) {
	}

	private void linkDocument(String slug) {
		record Input(TreatyText treaty, DocumentText document) {
		}
		Input input = this.reading.execute((status) -> {
			Optional<SourceDocument> document = this.documents.findBySlug(slug);
			Optional<Treaty> treaty = this.treaties.findFirstByOrderByIdAsc();
			if (document.isEmpty() || treaty.isEmpty()) {
				return null;
			}
			return new Input(treatyText(treaty.get()), documentText(document.get()));
		});
		if (input == null) {
			// deleted since (its links went with it), or no treaty to link to yet
			return;
		}
		long started = System.nanoTime();
		// the model embeds the new sentences on a thread of its own while the rules that
		// need no vectors (citations, quotations, similarity) run here: on two cores the
		// two overlap instead of adding up
		CompletableFuture<TimedVectors> vectors = CompletableFuture.supplyAsync(() -> {
			long start = System.nanoTime();
			Map<Long, EmbeddedPassage> computed = this.embeddings
				.vectorsOf(LinkFinder.proseOf(input.document().text()));
			return new TimedVectors(computed, System.nanoTime() - start);
		}, this.sentenceVectors);
		long[] waited = new long[1];
		LinkFinder.Result result = new LinkFinder((texts) -> {
			long start = System.nanoTime();
			try {
				return vectors.join().vectors();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
			}
			finally {
				waited[0] += System.nanoTime() - start;
			}
		}, LinkFinder.SEMANTIC).find(input.treaty(), List.of(input.document().text()),
				this.snapshot.forDocument(input.treaty(), input.document().documentId(), input.document().text()));
		long linked = System.nanoTime();
		this.writing.executeWithoutResult((status) -> this.store.replaceForDocument(input.document().documentId(),
				result.links(), result.externalReferences()));
		long stored = System.nanoTime();
		long vectorTime = vectors.join().nanos();
		long rulesTime = linked - started - waited[0];
		this.embeddingTime.record(vectorTime, TimeUnit.NANOSECONDS);
		this.rulesTime.record(rulesTime, TimeUnit.NANOSECONDS);
		this.storingTime.record(stored - linked, TimeUnit.NANOSECONDS);
		log.info(
				"Linked the document '{}': {} reasons in {} ms (sentence vectors {} ms beside the rules {} ms, "
						+ "waiting for the vectors {} ms, storing {} ms)",
				slug, result.links().size(), (stored - started) / 1_000_000, vectorTime / 1_000_000,
				rulesTime / 1_000_000, waited[0] / 1_000_000, (stored - linked) / 1_000_000);
		this.events.publishEvent(new LinksRecomputed());
	}

	/**
	 * Every document, each linked on its own exactly as an import links it, with the term
	 * counts of the whole commentary, which are stored as the snapshot later per-document
	 * linking reads; links and snapshot stored in one transaction: readers see the old
	 * links until the new ones are complete.
	 */
	private void relinkAll() {
		record Input(TreatyText treaty, List<DocumentText> documents,
				Map<Long, LinkStatisticsStore.Signature> signatures) {
		}
		Input input = this.reading.execute((status) -> new Input(
				this.treaties.findFirstByOrderByIdAsc().map(ArticleLinker::treatyText).orElse(null),
				this.documents.findAllByOrderByIdAsc().stream().map(ArticleLinker::documentText).toList(),
				this.statistics.live()));
		List<FoundLink> links = new ArrayList<>();
		java.util.Map<Long, List<String>> references = new java.util.HashMap<>();
		CorpusCounts counts = CorpusCounts.NONE;
		if (input.treaty() != null) {
			counts = CorpusCounts.of(
					LinkFinder.countedTexts(input.documents().stream().map(DocumentText::text).toList()),
					new TreatyAnalyzer(input.treaty().title()), new TreatyVocabulary());
			CorpusCounts all = counts;
			LinkFinder finder = finder();
			for (DocumentText document : input.documents()) {
				LinkFinder.Result result = finder.find(input.treaty(), List.of(document.text()), (terms) -> all);
				links.addAll(result.links());
				references.putAll(result.externalReferences());
			}
		}
		CorpusCounts snapshot = counts;
		this.writing.executeWithoutResult((status) -> {
			this.store.replaceAll(links, references, LinkFinder.RULES_VERSION);
			this.statistics.replace(snapshot, input.signatures(), LinkFinder.RULES_VERSION);
		});
		log.info("Linked all {} documents to the treaty: {} reasons", input.documents().size(), links.size());
		this.events.publishEvent(new LinksRecomputed());
	}

	private static Timer partTimer(MeterRegistry meters, String part) {
		return Timer.builder(TIME_METRIC)
			.description("Time to link one document (an import or a new version), by part")
			.tag("part", part)
			.register(meters);
	}

	/**
	 * Linking with the stored sentence vectors (embedded and stored only when missing or
	 * stale), which the search index reads too.
	 */
	private LinkFinder finder() {
		return new LinkFinder(this.embeddings::vectorsOf, LinkFinder.SEMANTIC);
	}

	static TreatyText treatyText(Treaty treaty) {
		List<TreatyText.Paragraph> paragraphs = new ArrayList<>();
		for (Article article : treaty.getArticles()) {
			for (ArticleParagraph paragraph : article.getParagraphs()) {
				paragraphs
					.add(new TreatyText.Paragraph(article.getNumber(), paragraph.getNumber(), paragraph.getText()));
			}
		}
		return new TreatyText(treaty.getTitle(), treaty.getArticlesTotal(), paragraphs);
	}

	private static DocumentText documentText(SourceDocument document) {
		List<CommentaryText.Piece> pieces = new ArrayList<>();
		for (Passage passage : document.getPassages()) {
			pieces.add(new CommentaryText.Piece(passage.getId(), CommentaryText.Role.valueOf(passage.getKind().name()),
					passage.getText()));
		}
		return new DocumentText(document.getId(), new CommentaryText(document.getSlug(), pieces));
	}

}
