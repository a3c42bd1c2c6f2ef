package org.treatylens.linking;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.treatylens.treaty.TreatyRepository;

/**
 * {@code GET /api/articles/{n}/passages}: the passages that discuss an article, best
 * first, each with its strongest reason and all of them.
 */
@RestController
class ArticlePassagesController {

	record Reason(String kind, Integer paragraph, double score, String evidence) {

		static Reason of(LinkReason reason) {
			return new Reason(reason.kind().code(), reason.paragraph(), reason.score(), reason.evidence());
		}

	}

	record PassageLink(String document, String documentLabel, long passageId, int ordinal, String url, String text,
			String kind, Integer paragraph, double score, String evidence, List<Reason> reasons, boolean confirmed) {

		static PassageLink of(LinkedPassage passage) {
			return new PassageLink(passage.document(), passage.documentLabel(), passage.passageId(), passage.ordinal(),
					"/documents/" + passage.document() + "#p-" + passage.ordinal(), passage.text(),
					passage.kind().code(), passage.paragraph(), passage.score(), passage.evidence(),
					passage.reasons().stream().map(Reason::of).toList(), passage.confirmed());
		}

	}

	record ArticlePassages(int article, List<PassageLink> passages) {
	}

	private final TreatyRepository treaties;

	private final ArticleLinks links;

	ArticlePassagesController(TreatyRepository treaties, ArticleLinks links) {
		this.treaties = treaties;
		this.links = links;
	}

	@GetMapping("/api/articles/{number}/passages")
	ArticlePassages passages(@PathVariable int number) {
		int total = this.treaties.findFirstByOrderByIdAsc()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No treaty is loaded"))
			.getArticlesTotal();
		if (number < 1 || number > total) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"The treaty has articles 1 to " + total + ", not " + number);
		}
		return new ArticlePassages(number, this.links.forArticle(number).stream().map(PassageLink::of).toList());
	}

}
