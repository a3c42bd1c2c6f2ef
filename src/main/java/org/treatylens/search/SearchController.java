package org.treatylens.search;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.treatylens.treaty.ArticleParagraph;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.treatylens.system.ReaderPageCache;

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
			@RequestParam(name = "mode", required = false) String mode, Model model, HttpServletRequest httpRequest,
			HttpServletResponse response) {
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
		if (!results.notices().isEmpty() || results.rejection() != null) {
			// cut short, index rebuilding, query rewritten: for this reader only
			ReaderPageCache.doNotKeep(httpRequest);
		}
		model.addAttribute("results", results);
		SearchLinks links = new SearchLinks(request);
		model.addAttribute("links", links);
		model.addAttribute("suggestionLink", (results.suggestion() != null) ? links.query(results.suggestion()) : null);
		return RESULTS_VIEW;
	}

	/**
	 * "More like this": the passages of other sources nearest in meaning to one, named by
	 * its index id, by {@code passage} (a commentary passage's id), or by {@code article}
	 * and {@code paragraph} (a treaty paragraph): the reading pages link with the latter
	 * two and need not know how the index names things.
	 */
	@GetMapping("/search/similar")
	String showSimilar(@RequestParam(name = "id", required = false) String id,
			@RequestParam(name = "passage", required = false) String passage,
			@RequestParam(name = "article", required = false) String article,
			@RequestParam(name = "paragraph", required = false) String paragraph, Model model) {
		String key = indexId(id, passage, article, paragraph);
		SearchService.Similar similar = this.search.similar(key, SearchRequest.DEFAULT_SIZE)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No passage or treaty paragraph is known by that name, or it is not searchable yet."));
		model.addAttribute("similar", similar);
		return SIMILAR_VIEW;
	}

	private static String indexId(String id, String passage, String article, String paragraph) {
		if (passage != null) {
			return SearchablePassage.commentaryId(number(passage, "passage", Long.MAX_VALUE));
		}
		if (article != null || paragraph != null) {
			if (article == null || paragraph == null) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"A treaty paragraph is named by both article and paragraph, e.g. ?article=3&paragraph=1.");
			}
			return ArticleParagraph.eid((int) number(article, "article", Integer.MAX_VALUE),
					(int) number(paragraph, "paragraph", Integer.MAX_VALUE));
		}
		return (id != null) ? id.strip() : "";
	}

	private static long number(String value, String name, long max) {
		try {
			long number = Long.parseLong(value.strip());
			if (number > 0 && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "“" + value + "” is not a " + name + " number.");
	}

	@GetMapping("/search/help")
	String showHelp() {
		return HELP_VIEW;
	}

}
