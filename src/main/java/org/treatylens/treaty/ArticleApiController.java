package org.treatylens.treaty;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/articles}: every article of the treaty, with or without text;
 * {@code GET /api/articles/{n}}: one of them (404 outside 1 to the article count).
 */
@RestController
class ArticleApiController {

	private final TreatyReader reader;

	ArticleApiController(TreatyReader reader) {
		this.reader = reader;
	}

	@GetMapping("/api/articles")
	List<ArticleView> listArticles() {
		return this.reader.treaty().map(TreatyView::articles).orElse(List.of());
	}

	@GetMapping("/api/articles/{number}")
	ArticleView showArticle(@PathVariable String number) {
		return ArticleNumbers.find(this.reader.treaty().orElseThrow(ArticleNumbers::noTreaty), number);
	}

}
