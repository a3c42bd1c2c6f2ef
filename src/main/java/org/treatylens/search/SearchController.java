package org.treatylens.search;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The results page and the help page of the query language.
 */
@Controller
class SearchController {

	static final String RESULTS_VIEW = "search/results";

	static final String HELP_VIEW = "search/help";

	static final String SIMILAR_VIEW = "search/similar";

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String showResults(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "source", required = false) List<String> sources,
			@RequestParam(name = "article", required = false) List<String> articles,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "mode", required = false) String mode, Model model, HttpServletResponse response) {
		SearchRequest request = SearchParameters.toRequest(q, sources, articles, sort, page, null, mode);
		SearchResults results;
		try {
			results = this.search.search(request);
		}
		catch (SearchIndexRebuildingException ex) {
			// say so rather than "no results": the page stays usable and asks to come
			// back
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER,
					Integer.toString(SearchIndexRebuildingException.RETRY_AFTER_SECONDS));
			results = SearchResults.rejected(request, ex.getMessage());
		}
		model.addAttribute("results", results);
		SearchLinks links = new SearchLinks(request);
		model.addAttribute("links", links);
		model.addAttribute("suggestionLink", (results.suggestion() != null) ? links.query(results.suggestion()) : null);
		return RESULTS_VIEW;
	}

	/** "More like this": the passages of other sources nearest in meaning to one. */
	@GetMapping("/search/similar")
	String showSimilar(@RequestParam(name = "id", required = false) String id, Model model) {
		SearchService.Similar similar = this.search.similar((id != null) ? id.strip() : "", SearchRequest.DEFAULT_SIZE)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No passage or treaty paragraph has the id “" + id + "”."));
		model.addAttribute("similar", similar);
		return SIMILAR_VIEW;
	}

	@GetMapping("/search/help")
	String showHelp() {
		return HELP_VIEW;
	}

}
