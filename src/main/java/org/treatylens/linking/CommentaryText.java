package org.treatylens.linking;

import java.util.List;

/**
 * One commentary document as linking sees it: its passages in reading order.
 */
record CommentaryText(String document, List<Piece> passages) {

	/**
	 * A passage: its id, whether it is a heading, body text or boilerplate, and its text.
	 */
	record Piece(long id, Role role, String text) {
	}

	enum Role {

		HEADING, PARAGRAPH, BOILERPLATE

	}

	CommentaryText {
		passages = List.copyOf(passages);
	}

}
