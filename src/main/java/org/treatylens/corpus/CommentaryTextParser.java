package org.treatylens.corpus;

import java.util.ArrayList;
import java.util.List;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.Passage;
import org.treatylens.commentary.PassageKind;
import org.treatylens.commentary.SourceDocument;

/**
 * Splits a commentary text into passages, one paragraph as written, and classifies each
 * (see {@link PassageClassifier}).
 * <p>
 * Files come in two styles, decided per file: one paragraph a line, or paragraphs
 * separated by blank lines. When most non-empty lines are followed by a blank line (or
 * end the file), blank lines separate the paragraphs and a passage is a block of
 * consecutive non-empty lines (a title split over two lines stays one passage); otherwise
 * every non-empty line is a passage. A passage's text is exactly the original from its
 * first character to its last line's end (only the final line break is dropped), so
 * {@code text == original.substring(start, end)}; offsets count UTF-16 units, lines from
 * 1.
 */
class CommentaryTextParser {

	private final CorpusLimits limits;

	CommentaryTextParser() {
		this(CorpusLimits.defaults());
	}

	CommentaryTextParser(CorpusLimits limits) {
		this.limits = limits;
	}

	SourceDocument parse(DocumentMetadata metadata, CorpusFile file) {
		this.limits.check(metadata);
		String text = file.text();
		this.limits.check(file, text);
		List<Span> spans = passages(text, lines(text));
		if (spans.isEmpty()) {
			throw new CorpusFormatException(file.name(), 0, "the document has no text");
		}
		this.limits.checkPassages(spans.size(), file);
		SourceDocument document = new SourceDocument(metadata, file.name(), file.sha256());
		PassageClassifier classifier = new PassageClassifier(metadata.author());
		Passage heading = null;
		for (Span span : spans) {
			String passageText = text.substring(span.start(), span.end());
			PassageKind kind = classifier.classify(passageText);
			Passage passage = document.addPassage(kind, passageText, (kind == PassageKind.HEADING) ? null : heading,
					span.line(), span.start(), span.end());
			if (kind == PassageKind.HEADING) {
				heading = passage;
			}
		}
		return document;
	}

	/**
	 * A line's span in the text, without its line break.
	 */
	record Span(int line, int start, int end) {
	}

	static List<Span> lines(String text) {
		List<Span> lines = new ArrayList<>();
		int start = (text.startsWith("\uFEFF")) ? 1 : 0;
		int i = start;
		while (i <= text.length()) {
			if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
				if (i < text.length() || start < i) {
					lines.add(new Span(lines.size() + 1, start, i));
				}
				if (i < text.length() - 1 && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
			i++;
		}
		return lines;
	}

	private static List<Span> passages(String text, List<Span> lines) {
		boolean blocks = blankLinesSeparateParagraphs(text, lines);
		List<Span> passages = new ArrayList<>();
		Span open = null;
		for (Span line : lines) {
			if (text.substring(line.start(), line.end()).isBlank()) {
				open = null;
			}
			else if (blocks && open != null) {
				open = new Span(open.line(), open.start(), line.end());
				passages.set(passages.size() - 1, open);
			}
			else {
				open = line;
				passages.add(line);
			}
		}
		return passages;
	}

	private static boolean blankLinesSeparateParagraphs(String text, List<Span> lines) {
		int followedByText = 0;
		int followedByBlank = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (isBlank(text, lines.get(i))) {
				continue;
			}
			if (i + 1 < lines.size() && !isBlank(text, lines.get(i + 1))) {
				followedByText++;
			}
			else {
				followedByBlank++;
			}
		}
		return followedByBlank > followedByText;
	}

	private static boolean isBlank(String text, Span line) {
		return text.substring(line.start(), line.end()).isBlank();
	}

}
