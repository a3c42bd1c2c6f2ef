package org.treatylens.compare;

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

	// ?uncovered=true keeps only the articles that no source discusses
	@GetMapping("/coverage")
	String showCoverage(@RequestParam(name = "uncovered", defaultValue = "false") boolean uncovered, Model model) {
		CoverageMap.Grid grid = this.coverage.grid();
		model.addAttribute("grid", uncovered ? grid.undiscussedOnly() : grid);
		model.addAttribute("undiscussed", grid.undiscussed());
		model.addAttribute("articleCount", grid.rows().size());
		model.addAttribute("uncovered", uncovered);
		return VIEW;
	}

}
