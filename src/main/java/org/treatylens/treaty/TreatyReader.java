package org.treatylens.treaty;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the treaty the app presents, with every article and paragraph, into view records
 * (the session closes with the transaction: pages get no lazy entities).
 */
@Service
class TreatyReader {

	private final TreatyRepository treaties;

	TreatyReader(TreatyRepository treaties) {
		this.treaties = treaties;
	}

	@Transactional(readOnly = true)
	Optional<TreatyView> treaty() {
		return this.treaties.findFirstByOrderByIdAsc()
			.map((treaty) -> new TreatyView(treaty.getSlug(), treaty.getTitle(), treaty.getShortTitle(),
					treaty.getParties(), treaty.getSignedOn(), treaty.getPlace(), treaty.getArticlesTotal(),
					treaty.getTextSource(), treaty.getArticles().stream().map(ArticleView::of).toList()));
	}

}
