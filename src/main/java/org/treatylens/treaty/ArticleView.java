package org.treatylens.treaty;

import java.util.List;

/**
 * An article as pages and the API show it: all its known paragraphs, or none when its
 * text is not in the corpus (with the source's note on the gap, if any).
 */
public record ArticleView(int number, boolean present, String note, List<ParagraphView> paragraphs) {

	public record ParagraphView(int number, String eid, String text) {

		/**
		 * The anchor of the paragraph on the article page: {@code para-2}.
		 */
		public String anchor() {
			return "para-" + this.number;
		}

	}

	private static final int EXCERPT = 90;

	/**
	 * What the article is about, in its own words: the start of its first paragraph
	 * without the formula "The Contracting Parties shall", cut at a word; null when its
	 * text is not in the corpus (nothing is made up for it).
	 */
	public String excerpt() {
		if (this.paragraphs.isEmpty()) {
			return null;
		}
		String text = this.paragraphs.get(0).text().strip().replaceFirst("^The Contracting Parties shall ", "");
		if (text.length() <= EXCERPT) {
			return text;
		}
		int cut = text.lastIndexOf(' ', EXCERPT);
		return text.substring(0, (cut > 0) ? cut : EXCERPT).replaceFirst("[,;:]$", "") + "\u2026";
	}

	static ArticleView of(Article article, List<ArticleParagraph> paragraphs) {
		return new ArticleView(article.getNumber(), article.isPresent(), article.getNote(),
				paragraphs.stream().map((p) -> new ParagraphView(p.getNumber(), p.getEid(), p.getText())).toList());
	}

}
