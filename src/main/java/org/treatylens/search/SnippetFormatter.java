package org.treatylens.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
			for (int[] match : merged(passage, content)) {
				escape(content, position, match[0], html);
				html.append("<mark>");
				escape(content, match[0], match[1], html);
				html.append("</mark>");
				position = match[1];
			}
			escape(content, position, passage.getEndOffset(), html);
			previousEnd = passage.getEndOffset();
		}
		if (previousEnd < content.strip().length()) {
			html.append(" ").append(ELLIPSIS);
		}
		return html.toString().strip();
	}

	/**
	 * The matches of a passage as disjoint spans in text order. A phrase and its words
	 * overlap, and words separated only by spaces read as one:
	 * {@code <mark>territorial integrity</mark>}.
	 */
	private static List<int[]> merged(Passage passage, String content) {
		List<int[]> spans = new ArrayList<>();
		for (int i = 0; i < passage.getNumMatches(); i++) {
			int start = Math.max(passage.getMatchStarts()[i], passage.getStartOffset());
			int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
			if (end > start) {
				spans.add(new int[] { start, end });
			}
		}
		spans.sort(Comparator.comparingInt((int[] span) -> span[0]));
		List<int[]> merged = new ArrayList<>();
		for (int[] span : spans) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && (span[0] <= last[1] || content.substring(last[1], span[0]).isBlank())) {
				last[1] = Math.max(last[1], span[1]);
			}
			else {
				merged.add(span);
			}
		}
		return merged;
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
