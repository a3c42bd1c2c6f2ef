package org.treatylens.treaty;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/articles}: every article of the treaty, with or without text;
 * {@code GET /api/articles/{n}}: one of them (400 for something that is not a number, 404
 * outside 1 to the article count).
 */
@RestController
@Tag(name = "Treaty", description = "The treaty's articles and their paragraphs")
class ArticleApiController {

	private static final String ARTICLE_EXAMPLE = """
			{"number": 3, "present": true, "note": null,
			 "paragraphs": [{"number": 1, "eid": "art_3__para_1",
			                 "text": "The Contracting Parties shall ..."}]}""";

	private final TreatyReader reader;

	ArticleApiController(TreatyReader reader) {
		this.reader = reader;
	}

	@GetMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every article of the treaty, in order",
			description = "All articles the treaty has (47), also those whose text is not in the corpus "
					+ "(`present: false`, no paragraphs, and the source's note on the gap if any).")
	List<ArticleView> listArticles() {
		return this.reader.treaty().map(TreatyView::articles).orElse(List.of());
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
