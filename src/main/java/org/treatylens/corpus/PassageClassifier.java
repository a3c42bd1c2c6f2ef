package org.treatylens.corpus;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.treatylens.commentary.PassageKind;

/**
 * Tells headings and web-page leftovers from paragraphs, one passage at a time in reading
 * order.
 * <p>
 * Boilerplate is what a web page wraps around the text: comment-form prompts ("Leave a
 * Reply", "Your email address will not be published…"), widget lists ("Latest Posts"),
 * lines made only of widget words and dates ("Donate", " date 2025-01-24 Donate"), a
 * byline ("by Jane Doe (…)", the document's author or a news agency alone on a line), a
 * short "Source: …" line, and the title repeated before the text begins (pages often
 * print it two or three times, sometimes broken over two lines).
 * <p>
 * A heading is a short title-like line: at most 80 characters and 12 words, starting with
 * a capital, a digit or a quote, not ending like a sentence or a clause ({@code . , ; :})
 * and not holding two sentences. Headings that repeat (an "Article 3" heading quoted
 * twice) stay headings; only the document title's repeats before the first paragraph are
 * boilerplate.
 */
class PassageClassifier {

	private static final Pattern COMMENT_PROMPT = Pattern.compile(
			"(?i)(leave a (reply|comment)|post a comment|comments? (are )?closed)[.!]?|(your email address will not be published|you must be logged in to post a comment)\\b.*");

	private static final Pattern WIDGET_LIST = Pattern
		.compile("(?i)(latest|recent|related|popular|more|trending) (posts|articles|stories|news)");

	private static final Set<String> WIDGET_WORDS = Set.of("donate", "subscribe", "share", "print", "menu",
			"advertisement", "newsletter", "login", "search");

	private static final Pattern DATE_TOKEN = Pattern.compile("(?i)date:?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}");

	private static final Pattern BYLINE = Pattern
		.compile("(?i:by)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}\\s*(\\(.*\\))?");

	private static final Pattern NEWS_AGENCY = Pattern.compile(
			"(?i)\\(?(dpa|afp|ap|reuters|tass|irna|xinhua|upi|ansa|efe|kyodo|anadolu|ria novosti|interfax)(\\s*[/,]\\s*(dpa|afp|ap|reuters|tass|irna|xinhua|upi|ansa|efe|kyodo|anadolu|ria novosti|interfax))*\\)?");

	private static final Pattern SOURCE_LINE = Pattern.compile("(?i)(source|sources|via)\\s*:\\s*\\S.{0,100}");

	private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+[\\p{Lu}\"“]");

	private final String author;

	private String title;

	private boolean textStarted;

	/**
	 * @param author the document's author from its metadata, or null: a line that is just
	 * the author's name is a byline
	 */
	PassageClassifier(String author) {
		this.author = (author != null) ? normalize(author) : null;
	}

	PassageKind classify(String passage) {
		String text = passage.strip().replaceAll("\\s+", " ");
		PassageKind kind = kindOf(text);
		if (kind == PassageKind.HEADING && this.title == null && !this.textStarted) {
			this.title = normalize(text);
		}
		if (kind == PassageKind.PARAGRAPH) {
			this.textStarted = true;
		}
		return kind;
	}

	private PassageKind kindOf(String text) {
		if (isLeftover(text) || isRepeatedTitle(text)) {
			return PassageKind.BOILERPLATE;
		}
		return isHeadingLike(text) ? PassageKind.HEADING : PassageKind.PARAGRAPH;
	}

	private boolean isLeftover(String text) {
		return COMMENT_PROMPT.matcher(text).matches() || WIDGET_LIST.matcher(text).matches() || isWidgetLine(text)
				|| BYLINE.matcher(text).matches() || NEWS_AGENCY.matcher(text).matches()
				|| (this.author != null && normalize(text).equals(this.author))
				|| (SOURCE_LINE.matcher(text).matches() && !SENTENCE_BREAK.matcher(text).find());
	}

	private static boolean isWidgetLine(String text) {
		boolean widget = false;
		for (String token : text.split(" ")) {
			if (WIDGET_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
				widget = true;
			}
			else if (!DATE_TOKEN.matcher(token).matches()) {
				return false;
			}
		}
		return widget;
	}

	private boolean isRepeatedTitle(String text) {
		return this.title != null && !this.textStarted && normalize(text).equals(this.title);
	}

	static boolean isHeadingLike(String text) {
		if (text.isEmpty() || text.length() > 80 || text.split(" ").length > 12) {
			return false;
		}
		int first = text.codePointAt(0);
		boolean capitalStart = Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'(".indexOf(first) >= 0;
		char last = text.charAt(text.length() - 1);
		return capitalStart && ".,;:…".indexOf(last) < 0 && !SENTENCE_BREAK.matcher(text).find()
				&& !text.matches("\\d+\\.\\s.*");
	}

	/**
	 * Lower-case letters and digits, single-spaced: "Strategic partnership:" and
	 * "Strategic partnership" compare equal.
	 */
	private static String normalize(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
