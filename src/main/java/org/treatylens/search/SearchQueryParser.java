package org.treatylens.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.treatylens.search.ParsedQuery.Clause;
import org.treatylens.search.ParsedQuery.Filter;
import org.treatylens.search.ParsedQuery.FilterField;
import org.treatylens.search.ParsedQuery.Kind;
import org.treatylens.search.ParsedQuery.QueryTerm;

/**
 * Reads the small query language of the search page (see {@code /search/help}). It never
 * fails: whatever cannot be read as typed is searched as plain words and a notice says
 * so. Only the guard rails (length, number of clauses) reject a query outright.
 */
final class SearchQueryParser {

	static final int MAX_LENGTH = 500;

	static final int MAX_CLAUSES = 24;

	static final int MIN_PREFIX_LENGTH = 3;

	static final int MAX_ARTICLE = 999;

	/** A filter-shaped token that was dropped (with a notice). */
	private static final Filter SKIPPED = new Filter(null, "", true);

	ParsedQuery parse(String input) {
		String query = (input != null) ? input.strip() : "";
		if (query.length() > MAX_LENGTH) {
			return ParsedQuery.rejected(query, "The query is " + query.length() + " characters long; the limit is "
					+ MAX_LENGTH + ". Shorten it and search again.");
		}
		List<String> notices = new ArrayList<>();
		query = balanceQuotes(query, notices);
		List<Token> tokens = tokenize(query, notices);
		List<Clause> clauses = new ArrayList<>();
		List<Filter> filters = new ArrayList<>();
		boolean pendingOr = false;
		boolean negateNext = false;
		for (Token token : tokens) {
			if (!token.quoted && !token.excluded && !token.required) {
				if (token.text.equals("OR")) {
					if (clauses.isEmpty() || clauses.get(clauses.size() - 1).excluded()) {
						notices.add("“OR” needs a word or phrase on each side; it was left out.");
					}
					else {
						pendingOr = true;
					}
					continue;
				}
				if (token.text.equals("AND")) {
					continue;
				}
				if (token.text.equals("NOT")) {
					negateNext = true;
					continue;
				}
			}
			boolean excluded = token.excluded || negateNext;
			negateNext = false;
			Filter filter = token.quoted ? null : filter(token, excluded, notices);
			if (filter != null) {
				if (filter != SKIPPED) {
					filters.add(filter);
				}
				continue;
			}
			QueryTerm term = term(token, notices);
			if (term == null) {
				continue;
			}
			if (pendingOr && !excluded) {
				Clause last = clauses.remove(clauses.size() - 1);
				List<QueryTerm> alternatives = new ArrayList<>(last.alternatives());
				alternatives.add(term);
				clauses.add(new Clause(alternatives, last.required() || token.required, false));
			}
			else {
				clauses.add(new Clause(List.of(term), token.required && !excluded, excluded));
			}
			pendingOr = false;
		}
		if (pendingOr) {
			notices.add("“OR” at the end of the query has nothing after it; it was left out.");
		}
		int size = filters.size();
		for (Clause clause : clauses) {
			size += clause.alternatives().size();
		}
		if (size > MAX_CLAUSES) {
			return ParsedQuery.rejected(query, "The query has " + size + " words, phrases and filters; the limit is "
					+ MAX_CLAUSES + ". Leave some out and search again.");
		}
		return new ParsedQuery(query, clauses, filters, notices, null);
	}

	private static String balanceQuotes(String query, List<String> notices) {
		String normalised = query.replace('“', '"').replace('”', '"');
		int count = 0;
		for (int i = 0; i < normalised.length(); i++) {
			if (normalised.charAt(i) == '"') {
				count++;
			}
		}
		if (count % 2 == 0) {
			return normalised;
		}
		int last = normalised.lastIndexOf('"');
		notices.add("A quotation mark has no partner, so the words after it were searched as plain words.");
		return normalised.substring(0, last) + " " + normalised.substring(last + 1);
	}

	private static List<Token> tokenize(String query, List<String> notices) {
		List<Token> tokens = new ArrayList<>();
		boolean parentheses = false;
		int i = 0;
		int n = query.length();
		while (i < n) {
			char c = query.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (c == '(' || c == ')') {
				parentheses = true;
				i++;
				continue;
			}
			boolean excluded = false;
			boolean required = false;
			if ((c == '-' || c == '+') && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))) {
				excluded = c == '-';
				required = c == '+';
				i++;
				c = query.charAt(i);
			}
			if (c == '"') {
				int close = query.indexOf('"', i + 1);
				tokens.add(new Token(query.substring(i + 1, close), true, excluded, required, i + 1, close));
				i = close + 1;
				continue;
			}
			int start = i;
			while (i < n && !Character.isWhitespace(query.charAt(i)) && "\"()".indexOf(query.charAt(i)) < 0) {
				i++;
			}
			if (i > start) {
				tokens.add(new Token(query.substring(start, i), false, excluded, required, start, i));
			}
		}
		if (parentheses) {
			notices.add("Brackets are not part of the query language; they were ignored (“OR” binds the words"
					+ " next to it).");
		}
		return tokens;
	}

	private static Filter filter(Token token, boolean excluded, List<String> notices) {
		int colon = token.text.indexOf(':');
		if (colon <= 0) {
			return null;
		}
		String field = token.text.substring(0, colon).toLowerCase(Locale.ROOT);
		String value = token.text.substring(colon + 1).toLowerCase(Locale.ROOT);
		switch (field) {
			case "source" -> {
				if (value.matches("[a-z0-9][a-z0-9-]*")) {
					return new Filter(FilterField.SOURCE, value, excluded);
				}
				notices.add("“" + token.text + "” is not a source slug (lower-case letters, digits and hyphens);"
						+ " it was left out.");
			}
			case "article" -> {
				if (value.matches("\\d{1,3}") && Integer.parseInt(value) >= 1
						&& Integer.parseInt(value) <= MAX_ARTICLE) {
					return new Filter(FilterField.ARTICLE, Integer.toString(Integer.parseInt(value)), excluded);
				}
				notices.add("“" + token.text + "” needs an article number, such as article:3; it was left out.");
			}
			case "kind" -> {
				if (value.equals(IndexFields.TYPE_TREATY) || value.equals(IndexFields.TYPE_COMMENTARY)) {
					return new Filter(FilterField.KIND, value, excluded);
				}
				notices.add("“" + token.text + "”: kind is either kind:treaty or kind:commentary; it was left out.");
			}
			default -> {
				return null;
			}
		}
		return SKIPPED;
	}

	private static QueryTerm term(Token token, List<String> notices) {
		String text = token.text.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (token.quoted) {
			return new QueryTerm(Kind.PHRASE, text.replaceAll("\\s+", " "), token.start, token.end);
		}
		if (text.indexOf('*') < 0 && text.indexOf('?') < 0) {
			return new QueryTerm(Kind.WORD, text, token.start, token.end);
		}
		String bare = text.replaceAll("[*?]+", " ").strip();
		if (text.startsWith("*") || text.startsWith("?")) {
			notices.add("“" + text + "”: a wildcard at the start of a word would scan every word in the index;"
					+ (bare.isEmpty() ? " it was left out." : " searched for “" + bare + "” instead."));
		}
		else if (text.endsWith("*") && text.indexOf('*') == text.length() - 1 && text.indexOf('?') < 0) {
			String prefix = text.substring(0, text.length() - 1);
			if (!prefix.codePoints().allMatch(Character::isLetterOrDigit)) {
				notices.add("“" + text + "”: a prefix is letters and digits only; searched for “" + bare
						+ "” as words instead.");
			}
			else if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX_LENGTH) {
				notices.add("“" + text + "”: a prefix needs at least " + MIN_PREFIX_LENGTH
						+ " letters; searched for the word “" + prefix + "” instead.");
			}
			else {
				return new QueryTerm(Kind.PREFIX, prefix, token.start, token.end);
			}
		}
		else {
			notices.add("“" + text + "”: only a * at the end of a word is supported; searched for “" + bare
					+ "” as words instead.");
		}
		return bare.isEmpty() ? null : new QueryTerm(Kind.WORD, bare, token.start, token.end);
	}

	private record Token(String text, boolean quoted, boolean excluded, boolean required, int start, int end) {
	}

}
