package org.treatylens.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.treatylens.system.EchoedInput;
import org.treatylens.treaty.Article;
import org.treatylens.treaty.Treaty;

/**
 * Parses the plain-text treaty format: a front-matter header between {@code ---} lines
 * (see {@link TreatyHeaderReader}), then {@code Article N} headings, each followed by its
 * paragraphs {@code 1.}, {@code 2.} … or by one unnumbered block, which is paragraph 1.
 * An unnumbered first paragraph may be followed by {@code 2.} (sources often drop the
 * {@code 1.}). A line that is neither a heading nor starts a paragraph continues the
 * paragraph before it. The result has every article from 1 to {@code articles_total};
 * those the text leaves out are absent, with the header's {@code incomplete} note if any.
 */
class TreatyTextParser {

	private static final Pattern ARTICLE_HEADING = Pattern.compile("(?i)article\\s+(\\d{1,6})");

	private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("(\\d{1,4})\\.\\s+(\\S.*)");

	private final CorpusLimits limits;

	TreatyTextParser() {
		this(CorpusLimits.defaults());
	}

	TreatyTextParser(CorpusLimits limits) {
		this.limits = limits;
	}

	Treaty parse(CorpusFile file) {
		String text = file.text();
		this.limits.check(file, text);
		List<String> lines = text.lines().toList();
		int open = firstNonBlank(lines);
		if (open < 0 || !lines.get(open).strip().equals("---")) {
			throw new CorpusFormatException(file.name(), (open < 0) ? 1 : open + 1,
					"a treaty text starts with a front-matter header between '---' lines");
		}
		int close = open + 1;
		while (close < lines.size() && !lines.get(close).strip().equals("---")) {
			close++;
		}
		if (close == lines.size()) {
			throw new CorpusFormatException(file.name(), open + 1,
					"the front-matter header opened here is never closed by a '---' line");
		}
		TreatyHeaderReader.Header header = new TreatyHeaderReader(file.name(), open + 2)
			.read(String.join("\n", lines.subList(open + 1, close)), open + 1);
		this.limits.check(header.header(), file);
		Map<Integer, ArticleDraft> drafts = readArticles(file.name(), lines, close + 1,
				header.header().articlesTotal());
		Treaty treaty = new Treaty(header.header(), file.name(), file.sha256());
		for (int number = 1; number <= header.header().articlesTotal(); number++) {
			Article article = treaty.addArticle(number, header.notes().get(number));
			ArticleDraft draft = drafts.get(number);
			if (draft != null) {
				for (int i = 0; i < draft.paragraphs.size(); i++) {
					article.addParagraph(i + 1, draft.paragraphs.get(i).toString());
				}
			}
		}
		return treaty;
	}

	private Map<Integer, ArticleDraft> readArticles(String fileName, List<String> lines, int from, int total) {
		Map<Integer, ArticleDraft> articles = new TreeMap<>();
		ArticleDraft current = null;
		for (int index = from; index < lines.size(); index++) {
			int lineNumber = index + 1;
			String line = lines.get(index).strip();
			if (line.isEmpty()) {
				continue;
			}
			Matcher heading = ARTICLE_HEADING.matcher(line);
			if (heading.matches()) {
				int number = Integer.parseInt(heading.group(1));
				if (number < 1 || number > total) {
					throw new CorpusFormatException(fileName, lineNumber, "Article " + number
							+ " is out of range: the header says the treaty has articles 1 to " + total);
				}
				ArticleDraft earlier = articles.get(number);
				if (earlier != null) {
					throw new CorpusFormatException(fileName, lineNumber,
							"Article " + number + " appears twice (first at line " + earlier.line + ")");
				}
				requireText(fileName, current);
				current = new ArticleDraft(number, lineNumber);
				articles.put(number, current);
				continue;
			}
			if (current == null) {
				throw new CorpusFormatException(fileName, lineNumber,
						"text before the first 'Article N' heading: \"" + EchoedInput.of(line) + "\"");
			}
			Matcher numbered = NUMBERED_PARAGRAPH.matcher(line);
			if (numbered.matches()) {
				current.addNumbered(fileName, lineNumber, Integer.parseInt(numbered.group(1)), numbered.group(2));
			}
			else if (current.paragraphs.isEmpty()) {
				current.paragraphs.add(new StringBuilder(line));
			}
			else {
				current.paragraphs.get(current.paragraphs.size() - 1).append('\n').append(line);
			}
		}
		requireText(fileName, current);
		return articles;
	}

	private static void requireText(String fileName, ArticleDraft article) {
		if (article != null && article.paragraphs.isEmpty()) {
			throw new CorpusFormatException(fileName, article.line,
					"Article " + article.number + " has no text; leave out the articles whose text is not known");
		}
	}

	private static int firstNonBlank(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				return i;
			}
		}
		return -1;
	}

	private static final class ArticleDraft {

		private final int number;

		private final int line;

		private final List<StringBuilder> paragraphs = new ArrayList<>();

		ArticleDraft(int number, int line) {
			this.number = number;
			this.line = line;
		}

		void addNumbered(String fileName, int lineNumber, int paragraph, String text) {
			int expected = this.paragraphs.size() + 1;
			if (paragraph != expected) {
				String problem = (paragraph < expected)
						? "Article " + this.number + ": paragraph " + paragraph + " repeats"
						: "Article " + this.number + ": paragraph " + paragraph + " follows paragraph " + (expected - 1)
								+ ", skipping " + expected;
				throw new CorpusFormatException(fileName, lineNumber,
						problem + "; paragraph numbers must run 1, 2, 3 …");
			}
			this.paragraphs.add(new StringBuilder(text));
		}

	}

}
