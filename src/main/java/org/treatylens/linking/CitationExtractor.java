package org.treatylens.linking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit references to the treaty's articles in a passage ("Article 19", "Art.
 * 3(3)", "Articles 5–6", "paragraph 4 of Article 3", "the 47 articles (1, 3, 4)") and
 * resolves them to article and paragraph numbers. References to other instruments
 * ("Article 51 of the UN Charter") are kept apart so they can be shown unlinked; counts
 * ("47 articles") and numbers beyond the treaty's article count are not references.
 */
final class CitationExtractor {

	/** A reference to an article of the treaty, with the words that make it. */
	record Citation(int article, Integer paragraph, String evidence) {
	}

	/** A reference to an article of another instrument, as written. */
	record ExternalReference(String instrument, int article, String text) {
	}

	record Citations(List<Citation> citations, List<ExternalReference> externalReferences) {

		Set<Integer> articles() {
			Set<Integer> articles = new LinkedHashSet<>();
			this.citations.forEach((c) -> articles.add(c.article()));
			return articles;
		}

	}

	private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

	private static final String NUMBER = "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)";

	/** One item of a list: a number, maybe a paragraph "(3)" or ".3", maybe a range. */
	private static final String ITEM = NUMBER + "(?:\\(\\d{1,2}\\)|\\.\\d{1,2}(?![\\d.]))?(?:\\s*(?:-|to|through)\\s*"
			+ NUMBER + ")?";

	private static final String SEPARATOR = "(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+)";

	/** "Article 19", "Art. 3(3)", "Articles 4 and 5", "Arts 5-6", "Article 5reveals". */
	private static final Pattern ARTICLE_REFERENCE = Pattern.compile(
			"\\b(?<head>articles?|arts?\\.|(?-i:Arts?)(?=\\s+\\d))\\s*(?<list>" + ITEM + "(?:" + SEPARATOR + ITEM
					+ ")*)(?<paragraph>,?\\s+" + "(?:paragraph|para\\.?|par\\.)\\s*(?<paragraphNumber>\\d{1,2}))?",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "the 47 articles (1, 3, 4, 5, 19, 23)": a count followed by the articles it counts.
	 */
	private static final Pattern PARENTHESISED_LIST = Pattern
		.compile("\\barticles\\s*\\((?<list>\\d{1,3}(?:" + SEPARATOR + "\\d{1,3})+)\\)", Pattern.CASE_INSENSITIVE);

	/** "paragraph 4 of Article 3". */
	private static final Pattern PARAGRAPH_OF_ARTICLE = Pattern.compile(
			"\\b(?:paragraph|para\\.?|par\\.)\\s*(?<paragraph>\\d{1,2})\\s+of\\s+(?:article|art\\.?)\\s*(?<article>\\d{1,3})",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ITEM_PATTERN = Pattern.compile("(?<from>" + NUMBER
			+ ")(?:\\((?<par>\\d{1,2})\\)|\\.(?<dotpar>\\d{1,2}))?(?:\\s*(?:-|to|through)\\s*(?<to>" + NUMBER + "))?",
			Pattern.CASE_INSENSITIVE);

	/** What follows "of" when the article belongs to another instrument. */
	private static final Pattern OF_OTHER_INSTRUMENT = Pattern.compile(
			"^,?\\s+of\\s+(?<instrument>(?:the\\s+)?"
					+ "(?:(?!treaty\\b|agreement\\b|pact\\b|document\\b)[\\w'\u2019-]+\\s+){0,5}?"
					+ "(?:charter|convention|covenant|protocol|statute|constitution|declaration"
					+ "|(?:19|20)\\d\\d\\s+(?:treaty|agreement|accord|pact)|(?-i:[A-Z]{2,}(?:\\s+[A-Z][a-z]+)*))\\b)",
			Pattern.CASE_INSENSITIVE);

	/** "of the North Atlantic Treaty": a named treaty, this one or another. */
	private static final Pattern OF_NAMED_TREATY = Pattern
		.compile("^,?\\s+of\\s+(?<instrument>(?:the\\s+)?(?<name>(?:[A-Z][\\p{L}'\u2019-]*\\s+){1,6})"
				+ "(?:Treaty|Agreement|Pact|Accord))\\b");

	private final int articlesTotal;

	private final Set<String> titleWords = new java.util.HashSet<>();

	CitationExtractor(int articlesTotal) {
		this(articlesTotal, "");
	}

	/**
	 * @param title the treaty's title: "Article 3 of the Comprehensive Strategic
	 * Partnership Treaty" names this treaty, "Article 5 of the North Atlantic Treaty"
	 * another
	 */
	CitationExtractor(int articlesTotal, String title) {
		if (articlesTotal < 1) {
			throw new IllegalArgumentException("A treaty has at least one article");
		}
		this.articlesTotal = articlesTotal;
		for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (word.length() >= 3) {
				this.titleWords.add(word);
			}
		}
	}

	Citations extract(String text) {
		String written = normalise(text);
		// ordinals and Roman numerals rewritten as "Article N", same length: evidence is
		// cut from the written text at the same place
		String normal = ArticleWords.rewrite(written, this.articlesTotal);
		List<Citation> citations = new ArrayList<>();
		List<ExternalReference> external = new ArrayList<>();
		List<int[]> consumed = new ArrayList<>();
		Matcher paragraphOf = PARAGRAPH_OF_ARTICLE.matcher(normal);
		while (paragraphOf.find()) {
			int article = Integer.parseInt(paragraphOf.group("article"));
			String instrument = otherInstrument(normal, paragraphOf.end());
			String evidence = evidence(written, normal, paragraphOf.start(), paragraphOf.end());
			if (instrument != null) {
				external.add(new ExternalReference(instrument, article, evidence + " of " + instrument));
			}
			else if (article <= this.articlesTotal) {
				citations.add(new Citation(article, Integer.parseInt(paragraphOf.group("paragraph")), evidence));
			}
			consumed.add(new int[] { paragraphOf.start(), paragraphOf.end() });
		}
		Matcher reference = ARTICLE_REFERENCE.matcher(normal);
		while (reference.find()) {
			if (overlaps(consumed, reference.start())) {
				continue;
			}
			String evidence = evidence(written, normal, reference.start(), reference.end());
			String after = otherInstrument(normal, reference.end());
			String instrument = (after != null) ? after : ownerBefore(normal, reference.start());
			Integer trailingParagraph = (reference.group("paragraphNumber") != null)
					? Integer.parseInt(reference.group("paragraphNumber")) : null;
			List<Citation> found = items(reference.group("list"), evidence, trailingParagraph);
			if (instrument != null) {
				found.forEach((c) -> external
					.add(new ExternalReference(instrument, c.article(), evidence + " of " + instrument)));
				continue;
			}
			found.stream().filter((c) -> c.article() <= this.articlesTotal).forEach(citations::add);
		}
		Matcher parenthesised = PARENTHESISED_LIST.matcher(normal);
		while (parenthesised.find()) {
			items(parenthesised.group("list"), parenthesised.group(), null).stream()
				.filter((c) -> c.article() <= this.articlesTotal)
				.forEach(citations::add);
		}
		return new Citations(List.copyOf(citations), List.copyOf(external));
	}

	/**
	 * The words as written for a reference found in the rewritten text: up to the end of
	 * a rewritten ordinal ("fourth article", read as "Article 4" and padding).
	 */
	private static String evidence(String written, String rewritten, int start, int end) {
		int to = end;
		while (to < written.length() && rewritten.charAt(to) == ' ' && written.charAt(to) != ' ') {
			to++;
		}
		return written.substring(start, to).strip();
	}

	private List<Citation> items(String list, String evidence, Integer trailingParagraph) {
		List<Citation> citations = new ArrayList<>();
		Matcher item = ITEM_PATTERN.matcher(list);
		while (item.find()) {
			int from = number(item.group("from"));
			String par = (item.group("par") != null) ? item.group("par") : item.group("dotpar");
			Integer paragraph = (par != null) ? Integer.valueOf(par) : null;
			if (item.group("to") != null) {
				int to = number(item.group("to"));
				// a range is only a range when it goes up and stays within the treaty
				if (to > from && to <= this.articlesTotal) {
					for (int n = from; n <= to; n++) {
						citations.add(new Citation(n, null, evidence));
					}
					continue;
				}
			}
			citations.add(new Citation(from, paragraph, evidence));
		}
		if (trailingParagraph != null && citations.size() == 1) {
			return List.of(new Citation(citations.get(0).article(), trailingParagraph, evidence));
		}
		return citations;
	}

	private static int number(String token) {
		Integer word = NUMBER_WORDS.get(token.toLowerCase(Locale.ROOT));
		return (word != null) ? word : Integer.parseInt(token);
	}

	/** The other instrument named right after a reference, or null for this treaty. */
	private String otherInstrument(String text, int end) {
		String after = text.substring(end, Math.min(text.length(), end + 80));
		Matcher of = OF_OTHER_INSTRUMENT.matcher(after);
		if (!of.find()) {
			Matcher named = OF_NAMED_TREATY.matcher(after);
			if (named.find()) {
				return !namesThisTreaty(named.group("name")) ? named.group("instrument").strip() : null;
			}
			Matcher proper = OF_PROPER_NAMED.matcher(after);
			if (proper.find()) {
				return !namesThisTreaty(proper.group("name")) ? proper.group("instrument").strip() : null;
			}
			// "of the treaty with Pyongyang"
			Matcher plain = OF_PLAIN_TREATY.matcher(after);
			String parties = plain.find() ? otherParties(after.substring(plain.end())) : null;
			return (parties != null) ? plain.group("instrument") + " " + parties : null;
		}
		String instrument = of.group("instrument").strip();
		String lower = instrument.toLowerCase(Locale.ROOT);
		if (lower.matches("(?:the\\s+|this\\s+)?(?:new\\s+)?(?:treaty|agreement|pact|accord|document)")) {
			String parties = otherParties(after.substring(of.end()));
			return (parties != null) ? instrument + " " + parties : null;
		}
		// "Article 3 of the Treaty" and "of this agreement" name the treaty itself
		if (lower.matches("(?:the\\s+|this\\s+)?(?:new\\s+)?(?:treaty|agreement|pact|accord|document)")) {
			return null;
		}
		return instrument;
	}

	/**
	 * The other instrument that owns the reference, named before it: "NATO's Article 5",
	 * "the Washington Treaty's Article 5", "Moscow's 2024 pact with Pyongyang, in its
	 * Article 4". Null when no owner is named or the owner is this treaty ("the treaty's
	 * Article 3", "the pact, in its Article 4").
	 */
	private String ownerBefore(String text, int start) {
		String before = text.substring(Math.max(0, start - 160), start);
		// the sentence the reference is in
		Matcher end = SENTENCE_END.matcher(before);
		int from = 0;
		while (end.find()) {
			from = end.end();
		}
		before = before.substring(from);
		Matcher possessive = POSSESSIVE_OWNER.matcher(before);
		if (possessive.find()) {
			String owner = possessive.group("owner").strip();
			String possessor = owner.substring(owner.lastIndexOf(' ') + 1);
			if (ACRONYM.matcher(possessor).matches()) {
				return possessor;
			}
			// "the treaty's", "the Washington Treaty's": the instrument named just before
			Matcher mention = INSTRUMENT_MENTION.matcher(owner);
			String last = null;
			while (mention.find()) {
				last = (mention.end() == owner.length()) ? mention.group().strip() : null;
			}
			return (last != null && otherInstrumentNamed(last)) ? last : null;
		}
		if (ITS.matcher(before).find()) {
			Matcher mention = INSTRUMENT_MENTION.matcher(before);
			String last = null;
			int lastEnd = 0;
			while (mention.find()) {
				last = mention.group().strip();
				lastEnd = mention.end();
			}
			if (last == null) {
				return null;
			}
			if (otherInstrumentNamed(last)) {
				return last;
			}
			// "the pact with Pyongyang, in its Article 4"
			String parties = otherParties(before.substring(lastEnd));
			return (parties != null) ? last + " " + parties : null;
		}
		return null;
	}

	/** Whether a phrase names an instrument other than this treaty. */
	private boolean otherInstrumentNamed(String phrase) {
		if (OTHER_KIND.matcher(phrase).find() || DATED_INSTRUMENT.matcher(phrase).find()
				|| ACRONYM.matcher(phrase).find()) {
			return true;
		}
		Matcher named = NAMED_INSTRUMENT.matcher(phrase);
		if (named.find() && !namesThisTreaty(named.group("name"))) {
			return true;
		}
		Matcher proper = PROPER_NAMED.matcher(phrase);
		return proper.find() && !namesThisTreaty(proper.group("name"));
	}

	/**
	 * "(the pact) with Pyongyang", "(the treaty) between Moscow and Pyongyang": parties
	 * named after an instrument; another instrument (the words naming its parties) when
	 * one of them is neither in this treaty's title nor a party's capital.
	 */
	private String otherParties(String text) {
		Matcher parties = PARTIES.matcher(text);
		if (!parties.find()) {
			return null;
		}
		for (String name : parties.group("names").split("\\s+(?:and|&)\\s+")) {
			if (!namesThisTreaty(name)) {
				return parties.group().strip();
			}
		}
		return null;
	}

	/** The parties' capitals, which commentary uses for the parties. */
	private static final Pattern CAPITALS = Pattern.compile("moscow|tehran|teheran|kremlin", Pattern.CASE_INSENSITIVE);

	/**
	 * "with Pyongyang", "between Russia and North Korea", "Moscow signed with Pyongyang"
	 * right after an instrument.
	 */
	private static final Pattern PARTIES = Pattern.compile(
			"^(?:,?\\s+[\\p{L}-]+){0,3}?\\s+(?i:with|between)\\s+(?<names>(?:the\\s+)?[A-Z][\\p{L}'\u2019-]*(?:\\s+[A-Z][\\p{L}'\u2019-]*){0,3}"
					+ "(?:\\s+(?:and|&)\\s+(?:the\\s+)?[A-Z][\\p{L}'\u2019-]*(?:\\s+[A-Z][\\p{L}'\u2019-]*){0,3})?)");

	/**
	 * "the Russia-North Korea treaty", "the Belarus-Russia union treaty": a treaty word
	 * in lower case after proper names.
	 */
	private static final Pattern PROPER_NAMED = Pattern.compile("(?<name>(?:[A-Z][\\p{L}'\u2019]*[\\s-]+){1,5})"
			+ "(?:\\p{Ll}+\\s+)?(?i:treaty|pact|agreement|accord|deal)\\b");

	private static final Pattern OF_PLAIN_TREATY = Pattern.compile(
			"^,?\\s+of\\s+(?<instrument>(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:treaty|pact|agreement|accord|deal))\\b",
			Pattern.CASE_INSENSITIVE);

	/** "of the Russia-North Korea treaty". */
	private static final Pattern OF_PROPER_NAMED = Pattern
		.compile("^,?\\s+of\\s+(?<instrument>(?:the\\s+)?(?:(?:19|20)\\d\\d\\s+)?" + PROPER_NAMED.pattern() + ")");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]\\s+(?=[\"'\u201c(]?\\p{Lu})");

	/** "NATO's ", "the Washington Treaty's " right before the reference. */
	private static final Pattern POSSESSIVE_OWNER = Pattern
		.compile("(?<owner>(?:[\\p{L}\\d-]+\\s+){0,5}[\\p{L}\\d-]+)['\u2019]s\\s+$");

	/** "…, in its " right before the reference. */
	private static final Pattern ITS = Pattern.compile("\\bits\\s+$", Pattern.CASE_INSENSITIVE);

	private static final Pattern INSTRUMENT_MENTION = Pattern.compile(
			"(?:(?:19|20)\\d\\d\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:treaty|pact|agreement|accord|deal|charter|convention)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern OTHER_KIND = Pattern.compile(
			"\\b(?:charter|convention|covenant|protocol|statute|constitution|declaration)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DATED_INSTRUMENT = Pattern.compile(
			"\\b(?:19|20)\\d\\d\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:treaty|pact|agreement|accord|deal)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{2,}\\b");

	private static final Pattern NAMED_INSTRUMENT = Pattern
		.compile("(?<name>(?:[A-Z][\\p{L}'\u2019-]*\\s+){1,6})(?:Treaty|Agreement|Pact|Accord)\\b");

	private boolean namesThisTreaty(String name) {
		for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (word.length() < 3 || word.equals("the") || CAPITALS.matcher(word).matches()) {
				continue;
			}
			boolean known = this.titleWords.stream()
				.anyMatch((t) -> t.startsWith(word) || (word.startsWith(t) && t.length() >= 4));
			if (!known) {
				return false;
			}
		}
		return true;
	}

	private static boolean overlaps(List<int[]> spans, int position) {
		return spans.stream().anyMatch((s) -> position >= s[0] && position < s[1]);
	}

	/**
	 * Typography read plainly, one character for one: dashes as "-", odd spaces as " ".
	 */
	static final Map<Character, Character> PLAIN_TYPOGRAPHY = Map.of('\u2010', '-', '\u2011', '-', '\u2012', '-',
			'\u2013', '-', '\u2014', '-', '\u2212', '-', '\u00a0', ' ', '\u2007', ' ', '\u202f', ' ', '\u2009', ' ');

	/** Same length as the input: {@link #PLAIN_TYPOGRAPHY} applied. */
	static String normalise(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(PLAIN_TYPOGRAPHY.getOrDefault(c, c));
		}
		return out.toString();
	}

}
