package org.treatylens.search;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results page and the help page of the query language.
 */
@Controller
class SearchController {

	static final String RESULTS_VIEW = "search/results";

	static final String HELP_VIEW = "search/help";

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String showResults(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "source", required = false) List<String> sources,
			@RequestParam(name = "article", required = false) List<String> articles,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "page", required = false) String page, Model model) {
		SearchRequest request = SearchParameters.toRequest(q, sources, articles, sort, page, null);
		SearchResults results = this.search.search(request);
		model.addAttribute("results", results);
		SearchLinks links = new SearchLinks(request);
		model.addAttribute("links", links);
		model.addAttribute("suggestionLink", (results.suggestion() != null) ? links.query(results.suggestion()) : null);
		return RESULTS_VIEW;
	}

	@GetMapping("/search/help")
	String showHelp() {
		return HELP_VIEW;
	}

}
