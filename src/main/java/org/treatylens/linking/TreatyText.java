package org.treatylens.linking;

import java.util.List;

/**
 * The treaty as linking sees it: its title, how many articles it has, and the text of the
 * paragraphs that are known.
 */
record TreatyText(String title, int articlesTotal, List<Paragraph> paragraphs) {

	record Paragraph(int article, int number, String text) {
	}

	TreatyText {
		paragraphs = List.copyOf(paragraphs);
	}

}
