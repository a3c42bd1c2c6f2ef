package org.treatylens.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * {@code GET /api/search}: the results page as JSON (503 with Retry-After while the index
 * is being rebuilt); {@code POST /api/search/reindex}: ask for a rebuild of the index
 * from the database (202 with the job; the old index is served until it is done).
 */
@RestController
class SearchApiController {

	private final SearchService search;

	private final CorpusJobs jobs;

	private final HtmlSafeJson json;

	SearchApiController(SearchService search, CorpusJobs jobs, JsonMapper mapper) {
		this.search = search;
		this.jobs = jobs;
		this.json = new HtmlSafeJson(mapper);
	}

	@GetMapping("/api/search")
	ResponseEntity<String> search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "source", required = false) List<String> sources,
			@RequestParam(name = "article", required = false) List<String> articles,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "size", required = false) String size,
			@RequestParam(name = "mode", required = false) String mode) {
		SearchRequest request = SearchParameters.toRequest(q, sources, articles, sort, page, size, mode);
		SearchResults results = this.search.search(request);
		// a rejected query (a guard rail) is the client's to fix: 400, with the reason
		if (results.rejection() != null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, results.rejection());
			problem.setProperty("query", request.query());
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.json.write(Found.of(results)));
	}

	/**
	 * "More like this": the passages of other sources nearest in meaning to a passage
	 * ({@code passage-12}) or a treaty paragraph ({@code art_3__para_1}).
	 */
	@GetMapping("/api/search/similar")
	ResponseEntity<String> similar(@RequestParam(name = "id") String id,
			@RequestParam(name = "size", required = false) String size) {
		int wanted = (size != null && size.strip().matches("\\d{1,3}")) ? Integer.parseInt(size.strip())
				: SearchRequest.DEFAULT_SIZE;
		SearchService.Similar similar = this.search.similar(id.strip(), wanted)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No passage or treaty paragraph has the id “" + id + "”."));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.json.write(new SimilarFound(Hit.of(similar.of()), similar.available(),
					similar.hits().stream().map(Hit::of).toList())));
	}

	@PostMapping("/api/search/reindex")
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
	 * @param matched in a hybrid search: {@code words}, {@code meaning} or
	 * {@code words-and-meaning}; null otherwise
	 * @param similar where "more like this" is
	 */
	record Hit(String id, String document, Long passageId, Integer article, Integer paragraph, String sourceLabel,
			String date, String snippet, float score, List<Integer> articles, String link, String matched,
			String similar) {

		static Hit of(SearchHit hit) {
			return new Hit(hit.id(), hit.document(), hit.passageId(), hit.article(), hit.paragraph(), hit.sourceLabel(),
					hit.date(), hit.snippet(), hit.score(), hit.articles(), hit.link(),
					(hit.matched() != null) ? hit.matched().code() : null, "/api/search/similar?id=" + hit.id());
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

		static Found of(SearchResults results) {
			Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
			facets.put("source", counts(results.sources()));
			facets.put("article", counts(results.articles()));
			SearchRequest request = results.request();
			return new Found(request.query(), results.searchedAs(), results.mode().code(), results.total(),
					request.page(), request.size(), request.sort().code(),
					results.hits().stream().map(Hit::of).toList(), facets, results.notices(), results.suggestion());
		}

		private static Map<String, Integer> counts(List<FacetValue> values) {
			Map<String, Integer> counts = new LinkedHashMap<>();
			values.forEach((value) -> counts.put(value.value(), value.count()));
			return counts;
		}

	}

}
