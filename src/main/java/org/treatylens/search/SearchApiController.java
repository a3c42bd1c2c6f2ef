package org.treatylens.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.treatylens.corpus.CorpusJob;
import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobStatus;
import org.treatylens.search.SearchResults.FacetValue;
import org.treatylens.search.SearchResults.SearchHit;
import org.treatylens.system.SiteAddress;

/**
 * {@code GET /api/search}: the results page as JSON (503 with Retry-After while the index
 * is being rebuilt); {@code POST /api/search/reindex}: ask for a rebuild of the index
 * from the database (202 with the job; the old index is served until it is done).
 */
@RestController
@Tag(name = "Search", description = "Full-text search of the commentary and the treaty")
class SearchApiController {

	private static final String FOUND_EXAMPLE = """
			{"query": "sanctions", "searchedAs": "sanctions", "total": 12, "page": 1, "size": 10,
			 "sort": "relevance",
			 "hits": [{"document": "crescent-jonkers", "passageId": 148, "article": null, "paragraph": null,
			           "documentLabel": "Crescent International (Jonkers)", "published": "2025-02",
			           "snippet": "unilateral <mark>sanctions</mark> ...", "score": 7.1, "articles": [19],
			           "permalink": "http://localhost:8080/documents/crescent-jonkers#p-12"}],
			 "facets": {"source": {"crescent-jonkers": 5}, "article": {"19": 7}},
			 "notices": [], "suggestion": null}""";

	private final SearchService search;

	private final CorpusJobs jobs;

	private final HtmlSafeJson json;

	private final SiteAddress site;

	SearchApiController(SearchService search, CorpusJobs jobs, JsonMapper mapper, SiteAddress site) {
		this.search = search;
		this.site = site;
		this.jobs = jobs;
		this.json = new HtmlSafeJson(mapper);
	}

	@GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Search the commentary and the treaty",
			description = "The query language of the search page (see /search/help): words, \"exact phrases\", "
					+ "OR, -excluded, article:19, source:slug, kind:treaty. A parameter out of its range is a 400 "
					+ "naming the range; nothing is silently changed. Results beyond the first 1000 are not paged to.",
			responses = {
					@ApiResponse(responseCode = "200", description = "A page of hits with facet counts",
							content = @Content(schema = @Schema(implementation = Found.class),
									examples = @ExampleObject(name = "sanctions", value = FOUND_EXAMPLE))),
					@ApiResponse(responseCode = "400",
							description = "A parameter out of range, or a query over the length limit (500 characters)",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<String> search(
			@Parameter(description = "The query; empty with no filter gives no hits", example = "sanctions",
					schema = @Schema(maxLength = 500)) @RequestParam(name = "q", required = false) String q,
			@Parameter(description = "Only these sources (document slugs); repeatable",
					array = @ArraySchema(schema = @Schema(example = "crescent-jonkers"))) @RequestParam(name = "source",
							required = false) List<String> sources,
			@Parameter(description = "Only passages discussing these articles; repeatable, each 1 or more",
					array = @ArraySchema(schema = @Schema(type = "integer", minimum = "1"))) @RequestParam(
							name = "article", required = false) List<String> articles,
			@Parameter(description = "Best match first, or newest first",
					schema = @Schema(type = "string", allowableValues = { "relevance", "date" },
							defaultValue = "relevance")) @RequestParam(name = "sort", required = false) String sort,
			@Parameter(description = "Page number, from 1 to 1000 / size",
					schema = @Schema(type = "integer", minimum = "1", maximum = "1000",
							defaultValue = "1")) @RequestParam(name = "page", required = false) String page,
			@Parameter(description = "Hits per page",
					schema = @Schema(type = "integer", minimum = "1", maximum = "50",
							defaultValue = "10")) @RequestParam(name = "size", required = false) String size,
			@Parameter(
					description = "hybrid: words and meaning (the default where the index has vectors); "
							+ "words or exact: words only",
					schema = @Schema(type = "string", allowableValues = { "hybrid", "words", "exact" },
							defaultValue = "hybrid")) @RequestParam(name = "mode", required = false) String mode) {
		SearchRequest request = SearchParameters.toApiRequest(q, sources, articles, sort, page, size, mode);
		SearchResults results = this.search.search(request);
		// a rejected query (a guard rail) is the client's to fix: 400, with the reason
		if (results.rejection() != null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, results.rejection());
			problem.setProperty("query", request.query());
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
		}
		String base = this.site.base();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.json.write(Found.of(results, base)));
	}

	/**
	 * "More like this": the passages of other sources nearest in meaning to a passage
	 * ({@code passage-12}) or a treaty paragraph ({@code art_3__para_1}).
	 */
	@GetMapping(path = "/api/search/similar", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "More like this: passages of other sources nearest in meaning to one",
			description = "`available` is false when the index keeps no vectors (no sentence model).",
			responses = { @ApiResponse(responseCode = "200", description = "The passage and its nearest ones"),
					@ApiResponse(responseCode = "400", description = "size out of range",
							content = @Content(mediaType = "application/problem+json")),
					@ApiResponse(responseCode = "404", description = "No passage or paragraph has this id",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<String> similar(
			@Parameter(description = "A hit's id: passage-<id> or a treaty paragraph's eid",
					example = "art_3__para_1") @RequestParam(name = "id") String id,
			@Parameter(description = "How many", schema = @Schema(type = "integer", minimum = "1", maximum = "50",
					defaultValue = "10")) @RequestParam(name = "size", required = false) String size) {
		int wanted = SearchParameters.apiSize(size);
		SearchService.Similar similar = this.search.similar(id.strip(), wanted)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No passage or treaty paragraph has the id \u201c" + id + "\u201d."));
		String base = this.site.base();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.json.write(new SimilarFound(Hit.of(similar.of(), base), similar.available(),
					similar.hits().stream().map((hit) -> Hit.of(hit, base)).toList())));
	}

	@PostMapping(path = "/api/search/reindex", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Rebuild the search index from the database (editors)",
			description = "Answers 202 with the background job; the old index is served until the new one is "
					+ "complete. The index is derived data: PostgreSQL holds the corpus and the links.")
	ResponseEntity<JobStatus> reindex() {
		CorpusJob job = this.jobs.reindexAll("requested through the API");
		return ResponseEntity.accepted().location(URI.create(JobStatus.of(job).link())).body(JobStatus.of(job));
	}

	@ExceptionHandler(SearchIndexRebuildingException.class)
	ResponseEntity<ProblemDetail> rebuilding(SearchIndexRebuildingException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("Search index being rebuilt");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(SearchIndexRebuildingException.RETRY_AFTER_SECONDS))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * A hit, named as every JSON answer names them: {@code document} (the slug, null for
	 * a treaty paragraph), {@code documentLabel}, {@code published} (ISO, as precise as
	 * known), {@code permalink} (absolute).
	 *
	 * @param matched in a hybrid search: {@code words}, {@code meaning} or
	 * {@code words-and-meaning}; null otherwise
	 * @param similar where "more like this" is
	 */
	record Hit(String id, String document, Long passageId, Integer article, Integer paragraph, String documentLabel,
			String published, String snippet, float score, List<Integer> articles, String permalink, String matched,
			String similar) {

		static Hit of(SearchHit hit, String base) {
			return new Hit(hit.id(), hit.document(), hit.passageId(), hit.article(), hit.paragraph(), hit.sourceLabel(),
					hit.published(), hit.snippet(), hit.score(), hit.articles(), base + hit.link(),
					(hit.matched() != null) ? hit.matched().code() : null, base + "/api/search/similar?id=" + hit.id());
		}

	}

	/**
	 * @param available false when the index keeps no vectors, so nothing can be compared
	 */
	record SimilarFound(Hit of, boolean available, List<Hit> hits) {
	}

	/**
	 * @param mode how the query was searched: {@code hybrid} (words and meaning),
	 * {@code words} or {@code exact}
	 */
	record Found(String query, String searchedAs, String mode, int total, int page, int size, String sort,
			List<Hit> hits, Map<String, Map<String, Integer>> facets, List<String> notices, String suggestion) {

		static Found of(SearchResults results, String base) {
			Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
			facets.put("source", counts(results.sources()));
			facets.put("article", counts(results.articles()));
			SearchRequest request = results.request();
			return new Found(request.query(), results.searchedAs(), results.mode().code(), results.total(),
					request.page(), request.size(), request.sort().code(),
					results.hits().stream().map((hit) -> Hit.of(hit, base)).toList(), facets, results.notices(),
					results.suggestion());
		}

		private static Map<String, Integer> counts(List<FacetValue> values) {
			Map<String, Integer> counts = new LinkedHashMap<>();
			values.forEach((value) -> counts.put(value.value(), value.count()));
			return counts;
		}

	}

}
