package org.treatylens.treaty;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.treatylens.system.ReadCache;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The treaty the app presents, with every article and paragraph, as view records (no lazy
 * entities reach a page). Read once, in two queries (the treaty with its articles, then
 * all paragraphs), and kept in memory until a {@link TreatyChanged} commits: every page
 * shows the treaty, and only an import changes it.
 */
@Service
public class TreatyReader {

	private final ReadCache<Optional<TreatyView>> cache;

	TreatyReader(TreatyRepository treaties, PlatformTransactionManager transactions) {
		TransactionTemplate read = new TransactionTemplate(transactions);
		read.setReadOnly(true);
		this.cache = new ReadCache<>(() -> read.execute((status) -> load(treaties)));
	}

	public Optional<TreatyView> treaty() {
		return this.cache.get();
	}

	// after commit, so that a page read meanwhile cannot put the old treaty back; an
	// event published outside a transaction evicts at once
	@TransactionalEventListener(fallbackExecution = true)
	void on(TreatyChanged changed) {
		this.cache.evict();
	}

	private static Optional<TreatyView> load(TreatyRepository treaties) {
		return treaties.findFirstByOrderByIdAsc().map((treaty) -> {
			Map<Integer, List<ArticleParagraph>> paragraphs = treaties.findParagraphs(treaty)
				.stream()
				.collect(Collectors.groupingBy((p) -> p.getArticle().getNumber()));
			return new TreatyView(treaty.getSlug(), treaty.getTitle(), treaty.getShortTitle(), treaty.getParties(),
					treaty.getSignedOn(), treaty.getPlace(), treaty.getArticlesTotal(), treaty.getTextSource(),
					treaty.getArticles()
						.stream()
						.map((a) -> ArticleView.of(a, paragraphs.getOrDefault(a.getNumber(), List.of())))
						.toList());
		});
	}

}
