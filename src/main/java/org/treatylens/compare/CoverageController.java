package org.treatylens.compare;

import org.treatylens.system.ListPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coverage map: which articles each source discusses, and which nobody does.
 */
@Controller
class CoverageController {

	static final String VIEW = "compare/coverage";

	private final CoverageMap coverage;

	CoverageController(CoverageMap coverage) {
		this.coverage = coverage;
	}

	// ?uncovered=true keeps only the articles that no source discusses; ?page= pages the
	// articles (rows), ?sourcePage= the sources (columns)
	@GetMapping("/coverage")
	String showCoverage(@RequestParam(name = "uncovered", defaultValue = "false") boolean uncovered,
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "sourcePage", required = false) String sourcePage, Model model) {
		CoverageMap.Grid grid = this.coverage.grid(uncovered, ListPage.number(page), ListPage.number(sourcePage));
		model.addAttribute("grid", grid);
		model.addAttribute("undiscussed", grid.undiscussed());
		model.addAttribute("articleCount", grid.articleCount());
		model.addAttribute("uncovered", uncovered);
		return VIEW;
	}

}
