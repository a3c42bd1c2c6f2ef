package org.treatylens.linking;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles named in words rather than digits, rewritten as "Article N" in the same number
 * of characters, so that the citation rules read them like any other reference: "the
 * third article", "the treaty's 3rd article", "the opening article" (1), "the final
 * article" (the last the treaty declares), "Article IV", "Articles II and III". A
 * journalist's "first article on the subject" or "in this series" is not the treaty's.
 */
final class ArticleWords {

	private static final List<String> UNITS = List.of("", "first", "second", "third", "fourth", "fifth", "sixth",
			"seventh", "eighth", "ninth");

	private static final List<String> TEENS = List.of("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
			"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");

	private static final Map<String, Integer> TENS = Map.of("twent", 20, "thirt", 30, "fort", 40, "fift", 50);

	private static final String ORDINAL = "(?:(?:twenty|thirty|forty|fifty)[- ]?(?:first|second|third|fourth|fifth"
			+ "|sixth|seventh|eighth|ninth)|twentieth|thirtieth|fortieth|fiftieth|first|second|third|fourth|fifth"
			+ "|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
			+ "|seventeenth|eighteenth|nineteenth|\\d{1,2}(?:st|nd|rd|th)|opening|final|last|closing|concluding)";

	/** "the third article", "its final article", "the treaty's 3rd article". */
	private static final Pattern ORDINAL_ARTICLE = Pattern
		.compile("\\b(?:the|its|['\u2019]s)\\s+(?:very\\s+)?(?<words>(?<ordinal>" + ORDINAL + ")\\s+article)\\b"
				+ "(?!s)(?!\\s+(?:on|about|by|in|for|I|we|he|she|they)\\b)"
				+ "(?!\\s+of\\s+(?:a|an|this|our|my|his|her|their|the\\s+(?:series|newspaper|magazine|journal"
				+ "|blog|report|paper|issue|edition|collection|week|day|month|year))\\b(?!\\s+(?:new\\s+)?"
				+ "(?:treaty|agreement|pact|accord|document|deal)\\b))", Pattern.CASE_INSENSITIVE);

	private static final String ROMAN = "(?-i:[IVXL]{1,7})(?![\\p{L}\\d])";

	/** "Article IV", "Articles II and III", "Articles II-IV". */
	private static final Pattern ROMAN_ARTICLE = Pattern
		.compile("\\b(?-i:(?:Article|ARTICLE)\\s+(?<single>" + ROMAN + ")|(?:Articles|ARTICLES)\\s+(?<list>" + ROMAN
				+ "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|or)\\s+|\\s*-\\s*)" + ROMAN + ")*))");

	private static final Pattern ROMAN_NUMBER = Pattern.compile("(?-i:[IVXL]{1,7})(?![\\p{L}\\d])");

	private ArticleWords() {
	}

	static String rewrite(String text, int articlesTotal) {
		StringBuilder out = new StringBuilder(text);
		Matcher ordinal = ORDINAL_ARTICLE.matcher(text);
		while (ordinal.find()) {
			int number = ordinal(ordinal.group("ordinal"), articlesTotal);
			if (number > 0) {
				replace(out, ordinal.start("words"), ordinal.end("words"), "Article " + number);
			}
		}
		Matcher roman = ROMAN_ARTICLE.matcher(text);
		while (roman.find()) {
			String group = (roman.group("single") != null) ? "single" : "list";
			Matcher number = ROMAN_NUMBER.matcher(roman.group(group));
			int offset = roman.start(group);
			while (number.find()) {
				int value = roman(number.group());
				if (value > 0) {
					replace(out, offset + number.start(), offset + number.end(), Integer.toString(value));
				}
			}
		}
		return out.toString();
	}

	/**
	 * Writes the replacement over [start, end), padded with spaces (it is never longer).
	 */
	private static void replace(StringBuilder out, int start, int end, String replacement) {
		if (replacement.length() > end - start) {
			return;
		}
		for (int i = start; i < end; i++) {
			int at = i - start;
			out.setCharAt(i, (at < replacement.length()) ? replacement.charAt(at) : ' ');
		}
	}

	/** 1 for "first" or "opening", the last article for "final", 0 when not read. */
	static int ordinal(String word, int articlesTotal) {
		String lower = word.toLowerCase(Locale.ROOT).replace('-', ' ').replace(" ", "");
		if (lower.equals("opening")) {
			return 1;
		}
		if (lower.matches("final|last|closing|concluding")) {
			return articlesTotal;
		}
		if (lower.matches("\\d+(?:st|nd|rd|th)")) {
			return Integer.parseInt(lower.replaceAll("\\D", ""));
		}
		int units = UNITS.indexOf(lower);
		if (units > 0) {
			return units;
		}
		int teens = TEENS.indexOf(lower);
		if (teens >= 0) {
			return 10 + teens;
		}
		for (Map.Entry<String, Integer> tens : TENS.entrySet()) {
			if (lower.startsWith(tens.getKey())) {
				String rest = lower.substring(tens.getKey().length());
				if (rest.equals("ieth")) {
					return tens.getValue();
				}
				int unit = UNITS.indexOf(rest.replaceFirst("^y", ""));
				return (unit > 0) ? tens.getValue() + unit : 0;
			}
		}
		return 0;
	}

	/** The value of a Roman numeral written the usual way, 0 otherwise ("IIII", "VX"). */
	static int roman(String numeral) {
		Map<Character, Integer> values = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50);
		int total = 0;
		for (int i = 0; i < numeral.length(); i++) {
			int value = values.get(numeral.charAt(i));
			boolean subtract = i + 1 < numeral.length() && values.get(numeral.charAt(i + 1)) > value;
			total += subtract ? -value : value;
		}
		return toRoman(total).equals(numeral) ? total : 0;
	}

	private static String toRoman(int value) {
		int[] numbers = { 50, 40, 10, 9, 5, 4, 1 };
		String[] letters = { "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder out = new StringBuilder();
		int rest = value;
		for (int i = 0; i < numbers.length; i++) {
			while (rest >= numbers[i]) {
				out.append(letters[i]);
				rest -= numbers[i];
			}
		}
		return out.toString();
	}

}
