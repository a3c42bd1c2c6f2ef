package org.treatylens.treaty;

import java.util.List;

/**
 * An article as pages and the API show it: all its known paragraphs, or none when its
 * text is not in the corpus (with the source's note on the gap, if any).
 */
record ArticleView(int number, boolean present, String note, List<ParagraphView> paragraphs) {

	record ParagraphView(int number, String eid, String text) {

		/**
		 * The anchor of the paragraph on the article page: {@code para-2}.
		 */
		String anchor() {
			return "para-" + this.number;
		}

	}

	static ArticleView of(Article article) {
		return new ArticleView(article.getNumber(), article.isPresent(), article.getNote(),
				article.getParagraphs()
					.stream()
					.map((p) -> new ParagraphView(p.getNumber(), p.getEid(), p.getText()))
					.toList());
	}

}
