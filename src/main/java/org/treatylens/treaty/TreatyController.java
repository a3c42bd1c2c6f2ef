package org.treatylens.treaty;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
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

	private final ObjectProvider<ArticleDiscussion> discussion;

	TreatyController(TreatyReader reader, SourceDocumentRepository documents,
			ObjectProvider<ArticleDiscussion> discussion) {
		this.reader = reader;
		this.documents = documents;
		this.discussion = discussion;
	}

	@GetMapping("/")
	String showTreaty(Model model) {
		model.addAttribute("treaty", this.reader.treaty().orElse(null));
		// without a module that counts links no article shows counts: an empty discussion
		ArticleDiscussion discussion = this.discussion.getIfAvailable(() -> Map::of);
		Map<Integer, ArticleDiscussion.Count> counts = discussion.byArticle();
		model.addAttribute("discussion", counts);
		model.addAttribute("mostPassages",
				counts.values().stream().mapToInt(ArticleDiscussion.Count::passages).max().orElse(0));
		model.addAttribute("mostDiscussed", discussion.mostDiscussed(3));
		model.addAttribute("sources", this.documents.findAllByHiddenFalseOrderByIdAsc());
		return "treaty/home";
	}

}
