package org.treatylens.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML that is safe to insert as is: every character of
 * the text is escaped and the only markup is {@code <mark>} around matches. (Lucene's
 * default formatter does not escape.) Passages are joined, and cut text is marked, with
 * an ellipsis.
 */
final class SnippetFormatter extends PassageFormatter {

	static final String ELLIPSIS = "…";

	@Override
	public String format(Passage[] passages, String content) {
		StringBuilder html = new StringBuilder();
		int previousEnd = 0;
		for (Passage passage : passages) {
			if (passage.getStartOffset() > previousEnd || (html.isEmpty() && passage.getStartOffset() > 0)) {
				html.append(html.isEmpty() ? ELLIPSIS + " " : " " + ELLIPSIS + " ");
			}
			int position = passage.getStartOffset();
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int start = Math.max(passage.getMatchStarts()[i], position);
				int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
				if (end <= start) {
					continue;
				}
				escape(content, position, start, html);
				html.append("<mark>");
				escape(content, start, end, html);
				html.append("</mark>");
				position = end;
			}
			escape(content, position, passage.getEndOffset(), html);
			previousEnd = passage.getEndOffset();
		}
		if (previousEnd < content.strip().length()) {
			html.append(" ").append(ELLIPSIS);
		}
		// adjacent matches read as one: <mark>territorial integrity</mark>
		return html.toString().strip().replaceAll("</mark>(\\s+)<mark>", "$1");
	}

	static void escape(String text, int start, int end, StringBuilder html) {
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
	}

	static String escape(String text) {
		StringBuilder html = new StringBuilder(text.length());
		escape(text, 0, text.length(), html);
		return html.toString();
	}

}
