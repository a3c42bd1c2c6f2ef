package org.treatylens.linking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.treatylens.commentary.Passage;
import org.treatylens.commentary.PassageRepository;
import org.treatylens.corpus.CorpusChanged;
import org.treatylens.treaty.Article;
import org.treatylens.treaty.ArticleParagraph;
import org.treatylens.treaty.Treaty;
import org.treatylens.treaty.TreatyRepository;

/**
 * Recomputes every link whenever the corpus changes, inside the import's transaction, so
 * that an import lands with its links or not at all. All links, not only the changed
 * documents': similarity weighs words by their rarity in the whole corpus, so one new
 * document can change the links of the others.
 */
@Service
class ArticleLinker implements SmartLifecycle {

	/**
	 * Just after the corpus loader (phase 0), whose import may already have recomputed
	 * the links, and before the web server, so that no request is answered from links of
	 * older rules.
	 */
	private static final int PHASE = 1;

	private static final Logger log = LoggerFactory.getLogger(ArticleLinker.class);

	private final TreatyRepository treaties;

	private final PassageRepository passages;

	private final LinkStore store;

	private final ApplicationEventPublisher events;

	private volatile boolean running;

	ArticleLinker(TreatyRepository treaties, PassageRepository passages, LinkStore store,
			ApplicationEventPublisher events) {
		this.treaties = treaties;
		this.passages = passages;
		this.store = store;
		this.events = events;
	}

	@EventListener
	@Transactional
	public void on(CorpusChanged change) {
		recompute();
	}

	/**
	 * Links stored by another version of the rules (or never computed) are recomputed at
	 * start-up, so that what is served follows the current code. Otherwise the stored
	 * links stand: every corpus change recomputed them in its own transaction, so a
	 * restart has nothing to redo (nor the search index it would rebuild).
	 */
	@Override
	@Transactional
	public void start() {
		this.running = true;
		Optional<Integer> stored = this.store.rulesVersion();
		if (stored.isPresent() && stored.get() == LinkFinder.RULES_VERSION) {
			log.info("The stored links follow the current rules (version {})", LinkFinder.RULES_VERSION);
			return;
		}
		log.info("Recomputing the links: stored by rules version {}, current is {}", stored.orElse(null),
				LinkFinder.RULES_VERSION);
		recompute();
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void recompute() {
		Treaty treaty = this.treaties.findFirstByOrderByIdAsc().orElse(null);
		if (treaty == null) {
			this.store.replaceAll(List.of(), Map.of(), LinkFinder.RULES_VERSION);
		}
		else {
			LinkFinder.Result result = new LinkFinder().find(treatyText(treaty), commentary());
			this.store.replaceAll(result.links(), result.externalReferences(), LinkFinder.RULES_VERSION);
			log.info("Linked the commentary to the treaty: {} reasons", result.links().size());
		}
		this.events.publishEvent(new LinksRecomputed());
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

	private List<CommentaryText> commentary() {
		return commentary(this.passages.findAllByOrderByDocumentIdAscOrdinalAsc());
	}

	/** The passages, in reading order, as linking reads them. */
	static List<CommentaryText> commentary(List<Passage> passages) {
		Map<String, List<CommentaryText.Piece>> byDocument = new LinkedHashMap<>();
		for (Passage passage : passages) {
			byDocument.computeIfAbsent(passage.getDocument().getSlug(), (slug) -> new ArrayList<>())
				.add(new CommentaryText.Piece(passage.getId(), CommentaryText.Role.valueOf(passage.getKind().name()),
						passage.getText()));
		}
		List<CommentaryText> documents = new ArrayList<>();
		byDocument.forEach((slug, pieces) -> documents.add(new CommentaryText(slug, pieces)));
		return documents;
	}

}
