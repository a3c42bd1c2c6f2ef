package org.treatylens.compare;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

	@GetMapping("/coverage")
	String showCoverage(Model model) {
		model.addAttribute("grid", this.coverage.grid());
		return VIEW;
	}

}
