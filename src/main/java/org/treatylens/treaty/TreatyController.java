package org.treatylens.treaty;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.treatylens.commentary.SourceDocumentRepository;

/**
 * The treaty's front page: its header, the grid of all its articles and the sources. (The
 * article pages are the reading desk's, in compare.)
 */
@Controller
class TreatyController {

	private final TreatyReader reader;

	private final SourceDocumentRepository documents;

	TreatyController(TreatyReader reader, SourceDocumentRepository documents) {
		this.reader = reader;
		this.documents = documents;
	}

	@GetMapping("/")
	String showTreaty(Model model) {
		model.addAttribute("treaty", this.reader.treaty().orElse(null));
		model.addAttribute("sources", this.documents.findAllByHiddenFalseOrderByIdAsc());
		return "treaty/home";
	}

}
