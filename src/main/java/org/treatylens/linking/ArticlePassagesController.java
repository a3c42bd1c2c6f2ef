package org.treatylens.linking;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.treatylens.system.ApiPaging;
import org.treatylens.system.ListPage;
import org.treatylens.treaty.TreatyReader;
import org.treatylens.system.SiteAddress;

/**
 * {@code GET /api/articles/{n}/passages}: the passages that discuss an article, best
 * first, each with its strongest reason and all of them.
 */
@RestController
@Tag(name = "Links", description = "Which commentary passage discusses which article, and why")
class ArticlePassagesController {

	private static final String PASSAGES_EXAMPLE = """
			{"article": 3,
			 "passages": [{"document": "russia-iran-relations", "documentLabel": "Russia-Iran relations (analyst)",
			               "passageId": 41, "ordinal": 17,
			               "permalink": "http://localhost:8080/documents/russia-iran-relations#p-17",
			               "text": "Article 3 commits both parties ...", "reason": "citation", "paragraph": 3,
			               "score": 1.0, "evidence": "Article 3(3)",
			               "reasons": [{"kind": "citation", "paragraph": 3, "score": 1.0,
			                            "evidence": "Article 3(3)"}]}]}""";

	record Reason(String kind, Integer paragraph, double score, String evidence) {

		static Reason of(LinkReason reason) {
			return new Reason(reason.kind().code(), reason.paragraph(), reason.score(), reason.evidence());
		}

	}

	/**
	 * Named as every JSON answer names them: {@code document} (the slug),
	 * {@code documentLabel}, {@code permalink} (absolute), {@code reason} (the strongest
	 * reason's kind).
	 */
	record PassageLink(String document, String documentLabel, long passageId, int ordinal, String permalink,
			String text, String reason, Integer paragraph, double score, String evidence, List<Reason> reasons,
			boolean confirmed) {

		static PassageLink of(LinkedPassage passage, String base) {
			return new PassageLink(passage.document(), passage.documentLabel(), passage.passageId(), passage.ordinal(),
					base + "/documents/" + passage.document() + "#p-" + passage.ordinal(), passage.text(),
					passage.kind().code(), passage.paragraph(), passage.score(), passage.evidence(),
					passage.reasons().stream().map(Reason::of).toList(), passage.confirmed());
		}

	}

	record ArticlePassages(int article, List<PassageLink> passages) {
	}

	private static final int DEFAULT_SIZE = ApiPaging.MAX_SIZE;

	private final TreatyReader treaty;

	private final ArticleLinks links;

	private final SiteAddress site;

	ArticlePassagesController(TreatyReader treaty, ArticleLinks links, SiteAddress site) {
		this.treaty = treaty;
		this.links = links;
		this.site = site;
	}

	@GetMapping(path = "/api/articles/{number}/passages", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The passages that discuss an article, strongest reason first",
			description = "Each passage once, with its strongest reason (`reason`: citation, quotation, context "
					+ "or similarity), the article paragraph it engages if known, a score from 0 to 1, the evidence "
					+ "(the citation as written, the quoted span, or the shared words) and all its reasons. A page "
					+ "at a time: `X-Total-Count` gives the number of passages and `Link` (RFC 8288) the first, "
					+ "previous, next and last pages.",
			responses = {
					@ApiResponse(responseCode = "200", description = "The article's linked passages",
							content = @Content(schema = @Schema(implementation = ArticlePassages.class),
									examples = @ExampleObject(name = "Article 3", value = PASSAGES_EXAMPLE))),
					@ApiResponse(responseCode = "400",
							description = "The number is not a whole number, or page or size is out of range",
							content = @Content(mediaType = "application/problem+json")),
					@ApiResponse(responseCode = "404", description = "The treaty has no such article",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<ArticlePassages> passages(
			@Parameter(description = "The article number, from 1 to the treaty's article count (47)", example = "3",
					schema = @Schema(type = "integer", minimum = "1", maximum = "47")) @PathVariable String number,
			@Parameter(description = "The page, from 1",
					schema = @Schema(type = "integer", minimum = "1", defaultValue = "1")) @RequestParam(
							required = false) String page,
			@Parameter(description = "Passages per page", schema = @Schema(type = "integer", minimum = "1",
					maximum = "200", defaultValue = "200")) @RequestParam(required = false) String size) {
		int total = this.treaty.treaty()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No treaty is loaded"))
			.articlesTotal();
		if (!number.matches("\\d{1,6}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + number + "' is not an article number: give a whole number from 1 to " + total);
		}
		int n = Integer.parseInt(number);
		if (n < 1 || n > total) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"The treaty has articles 1 to " + total + ", not " + number);
		}
		String base = this.site.base();
		// the total from a grouped count, the page's rows cut by the database
		long passageCount = this.links.countsForArticle(n, null)
			.stream()
			.mapToLong(ArticleLinks.SourceCount::passages)
			.sum();
		ListPage<LinkedPassage> passages = ApiPaging.page(passageCount, page, size, DEFAULT_SIZE,
				(offset, limit) -> this.links.forArticle(n, offset, limit));
		return ResponseEntity.ok()
			.headers(ApiPaging.headers(passages))
			.body(new ArticlePassages(n,
					passages.items().stream().map((passage) -> PassageLink.of(passage, base)).toList()));
	}

}
