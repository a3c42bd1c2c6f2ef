package org.treatylens.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.treatylens.linking.LinkReason;

/**
 * A passage split around the one sentence that engages the article most directly:
 * {@code before}, {@code sentence} (shown marked) and {@code after}. The sentence is the
 * one holding a link's evidence (the citation, the quoted span, the shared words), the
 * strongest reason first; failing that, the one sharing most words with the article's
 * text; failing that, none ({@code sentence} empty).
 */
record SentenceHighlight(String before, String sentence, String after) {

	private static final Set<String> ABBREVIATIONS = Set.of("art", "arts", "no", "nos", "para", "paras", "vol", "mr",
			"mrs", "ms", "dr", "prof", "st", "e.g", "i.e", "etc", "vs", "cf", "jan", "feb", "mar", "apr", "jun", "jul",
			"aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "p", "pp");

	/** Words too common in the treaty and its commentary to tie a sentence to it. */
	private static final Set<String> COMMON = Set.of("shall", "parties", "party", "that", "with", "this", "their",
			"have", "from", "which", "other", "will", "been", "were", "they", "them", "also", "into", "such", "each",
			"between", "article", "treaty", "russia", "iran", "russian", "iranian", "federation", "islamic",
			"republic");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");

	/** A passage with its link reasons, highlighted against an article's text. */
	private record Passage(String text, List<LinkReason> reasons, String articleText) {

		Passage {
			reasons = List.copyOf(reasons);
		}

	}

	// kept, bounded: a desk page highlights the same hundred passages on every render,
	// and finding the sentence (a pattern per piece of evidence) was a twelfth of its
	// time
	private static final KeptResults<Passage, SentenceHighlight> FOUND = new KeptResults<>(5_000,
			(p) -> find(p.text(), p.reasons(), p.articleText()));

	public boolean marked() {
		return !this.sentence.isEmpty();
	}

	/**
	 * The highlight, found when it is first asked for (a page marks only the passages it
	 * shows) and kept by {@link #of}.
	 */
	static Supplier<SentenceHighlight> later(String text, List<LinkReason> reasons, String articleText) {
		return () -> of(text, reasons, articleText);
	}

	static SentenceHighlight of(String text, List<LinkReason> reasons, String articleText) {
		return FOUND.get(new Passage(text, reasons, articleText));
	}

	private static SentenceHighlight find(String text, List<LinkReason> reasons, String articleText) {
		List<int[]> sentences = sentences(text);
		for (LinkReason reason : reasons) {
			int[] found = sentenceHolding(text, sentences, reason.evidence());
			if (found != null) {
				return split(text, found);
			}
		}
		int[] best = null;
		int bestShared = 0;
		Set<String> articleWords = words(articleText);
		for (int[] sentence : sentences) {
			Set<String> shared = words(text.substring(sentence[0], sentence[1]));
			shared.retainAll(articleWords);
			if (shared.size() > bestShared) {
				best = sentence;
				bestShared = shared.size();
			}
		}
		return (best != null) ? split(text, best) : new SentenceHighlight(text, "", "");
	}

	private static SentenceHighlight split(String text, int[] span) {
		return new SentenceHighlight(text.substring(0, span[0]), text.substring(span[0], span[1]),
				text.substring(span[1]));
	}

	/**
	 * The sentence where the evidence (or its first findable fragment: similarity
	 * evidence lists several, "words; other words ≈ treaty terms") begins.
	 */
	private static int[] sentenceHolding(String text, List<int[]> sentences, String evidence) {
		if (evidence == null || evidence.isBlank()) {
			return null;
		}
		for (String fragment : evidence.split(";")) {
			String written = fragment.split("\u2248")[0].strip();
			if (written.length() < 3) {
				continue;
			}
			String[] tokens = written.split("\\s+");
			StringBuilder pattern = new StringBuilder();
			for (String token : tokens) {
				pattern.append((pattern.length() > 0) ? "\\s+" : "").append(Pattern.quote(token));
			}
			Matcher matcher = Pattern.compile(pattern.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(text);
			if (matcher.find()) {
				for (int[] sentence : sentences) {
					if (matcher.start() >= sentence[0] && matcher.start() < sentence[1]) {
						return sentence;
					}
				}
			}
		}
		return null;
	}

	/**
	 * Sentence spans, trimmed of surrounding spaces. A full stop ends a sentence unless
	 * it follows an abbreviation ("Art. 3", "No. 12") or an initial ("B. Jonkers").
	 */
	static List<int[]> sentences(String text) {
		List<int[]> spans = new ArrayList<>();
		int start = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
				continue;
			}
			int end = i + 1;
			while (end < length && "\"'\u201d\u2019)]".indexOf(text.charAt(end)) >= 0) {
				end++;
			}
			if (end >= length || !Character.isWhitespace(text.charAt(end))) {
				continue;
			}
			int next = end;
			while (next < length && Character.isWhitespace(text.charAt(next))) {
				next++;
			}
			if (next >= length) {
				break;
			}
			char following = text.charAt(next);
			boolean opens = Character.isUpperCase(following) || Character.isDigit(following)
					|| "\"'\u201c\u2018(".indexOf(following) >= 0;
			if (!opens || (c == '.' && abbreviation(text, i))) {
				continue;
			}
			addTrimmed(spans, text, start, end);
			start = next;
		}
		addTrimmed(spans, text, start, length);
		return spans;
	}

	private static boolean abbreviation(String text, int dot) {
		int from = dot;
		while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
			from--;
		}
		String word = text.substring(from, dot).toLowerCase(Locale.ROOT);
		return word.length() == 1 || ABBREVIATIONS.contains(word);
	}

	private static void addTrimmed(List<int[]> spans, String text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			spans.add(new int[] { start, end });
		}
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		if (text == null) {
			return words;
		}
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			if (!COMMON.contains(matcher.group())) {
				words.add(matcher.group());
			}
		}
		return words;
	}

}
