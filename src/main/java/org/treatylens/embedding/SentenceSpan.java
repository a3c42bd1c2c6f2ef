package org.treatylens.embedding;

/**
 * Where a sentence lies in its text: {@code text.substring(start, end)}.
 */
public record SentenceSpan(int start, int end) {

	public SentenceSpan {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Not a span: " + start + ".." + end);
		}
	}

	public String of(String text) {
		return text.substring(this.start, this.end);
	}

}
