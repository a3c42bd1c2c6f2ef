package org.treatylens.treaty;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.treatylens.system.ApiPaging;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/articles}: every article of the treaty, with or without text, paged (a
 * bare list, the total and the neighbouring pages in the headers); {@code GET
 * /api/articles/{n}}: one of them (400 for something that is not a number, 404 outside 1
 * to the article count).
 */
@RestController
@Tag(name = "Treaty", description = "The treaty's articles and their paragraphs")
class ArticleApiController {

	private static final String ARTICLE_EXAMPLE = """
			{"number": 3, "present": true, "note": null,
			 "paragraphs": [{"number": 1, "eid": "art_3__para_1",
			                 "text": "The Contracting Parties shall ..."}]}""";

	private static final int DEFAULT_SIZE = 100;

	private final TreatyReader reader;

	ArticleApiController(TreatyReader reader) {
		this.reader = reader;
	}

	@GetMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every article of the treaty, in order, a page at a time",
			description = "All articles the treaty has (47), also those whose text is not in the corpus "
					+ "(`present: false`, no paragraphs, and the source's note on the gap if any). The body is a "
					+ "bare list; `X-Total-Count` gives the number of articles and `Link` (RFC 8288) the first, "
					+ "previous, next and last pages.",
			responses = { @ApiResponse(responseCode = "200", description = "A page of articles"),
					@ApiResponse(responseCode = "400", description = "page or size out of range",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<List<ArticleView>> listArticles(
			@Parameter(description = "The page, from 1",
					schema = @Schema(type = "integer", minimum = "1", defaultValue = "1")) @RequestParam(
							required = false) String page,
			@Parameter(description = "Articles per page", schema = @Schema(type = "integer", minimum = "1",
					maximum = "200", defaultValue = "100")) @RequestParam(required = false) String size) {
		List<ArticleView> articles = this.reader.treaty().map(TreatyView::articles).orElse(List.of());
		return ApiPaging.ok(ApiPaging.page(articles, page, size, DEFAULT_SIZE));
	}

	@GetMapping(path = "/api/articles/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One article with its paragraphs",
			responses = {
					@ApiResponse(responseCode = "200", description = "The article",
							content = @Content(schema = @Schema(implementation = ArticleView.class),
									examples = @ExampleObject(name = "Article 3", value = ARTICLE_EXAMPLE))),
					@ApiResponse(responseCode = "400", description = "The number is not a whole number",
							content = @Content(mediaType = "application/problem+json")),
					@ApiResponse(responseCode = "404", description = "The treaty has no such article",
							content = @Content(mediaType = "application/problem+json")) })
	ArticleView showArticle(
			@Parameter(description = "The article number, from 1 to the treaty's article count (47)", example = "3",
					schema = @Schema(type = "integer", minimum = "1", maximum = "47")) @PathVariable String number) {
		return ArticleNumbers.find(this.reader.treaty().orElseThrow(ArticleNumbers::noTreaty), number);
	}

}
