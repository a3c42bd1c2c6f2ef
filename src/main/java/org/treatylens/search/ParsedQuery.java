package org.treatylens.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A query as {@link SearchQueryParser} understood it: clauses of words, phrases and
 * prefixes, filters, and what had to be changed to make sense of it.
 *
 * @param input the query as typed
 * @param clauses the text clauses, in the order typed
 * @param filters {@code source:}, {@code article:} and {@code kind:} filters
 * @param notices what was searched instead of what was typed, and why
 * @param rejection why the query was not run at all, or null
 */
record ParsedQuery(String input, List<Clause> clauses, List<Filter> filters, List<String> notices, String rejection) {

	ParsedQuery {
		clauses = List.copyOf(clauses);
		filters = List.copyOf(filters);
		notices = List.copyOf(notices);
	}

	static ParsedQuery rejected(String input, String reason) {
		return new ParsedQuery(input, List.of(), List.of(), List.of(), reason);
	}

	boolean isRejected() {
		return this.rejection != null;
	}

	boolean hasText() {
		return !this.clauses.isEmpty();
	}

	/**
	 * Whether the query uses anything beyond plain words: quotes, prefixes, filters,
	 * {@code OR}, {@code -} or {@code +}. Such a query is searched exactly as typed.
	 */
	boolean usesExactSyntax() {
		if (!this.filters.isEmpty()) {
			return true;
		}
		for (Clause clause : this.clauses) {
			if (clause.excluded() || clause.required() || clause.alternatives().size() > 1
					|| clause.alternatives().get(0).kind() != Kind.WORD) {
				return true;
			}
		}
		return false;
	}

	/** The positive words, phrases and prefixes (for spelling suggestions). */
	List<QueryTerm> positiveTerms() {
		List<QueryTerm> terms = new ArrayList<>();
		for (Clause clause : this.clauses) {
			if (!clause.excluded()) {
				terms.addAll(clause.alternatives());
			}
		}
		return terms;
	}

	/** The query in canonical form: what was actually searched. */
	String searchedAs() {
		List<String> parts = new ArrayList<>();
		for (Clause clause : this.clauses) {
			parts.add(clause.display());
		}
		for (Filter filter : this.filters) {
			parts.add(filter.display());
		}
		return String.join(" ", parts);
	}

	/** A word, a phrase or a prefix, with where it was typed (to suggest corrections). */
	record QueryTerm(Kind kind, String text, int start, int end) {

		String display() {
			return switch (this.kind) {
				case WORD -> this.text;
				case PHRASE -> "\"" + this.text + "\"";
				case PREFIX -> this.text + "*";
			};
		}

	}

	enum Kind {

		WORD, PHRASE, PREFIX

	}

	/**
	 * Alternatives joined by {@code OR}; {@code required} when typed with {@code +},
	 * {@code excluded} when typed with {@code -}.
	 */
	record Clause(List<QueryTerm> alternatives, boolean required, boolean excluded) {

		Clause {
			alternatives = List.copyOf(alternatives);
		}

		String display() {
			List<String> parts = new ArrayList<>();
			for (QueryTerm term : this.alternatives) {
				parts.add(term.display());
			}
			String prefix = this.excluded ? "-" : (this.required ? "+" : "");
			return prefix + String.join(" OR ", parts);
		}

	}

	/**
	 * {@code source:slug}, {@code article:3}, {@code kind:treaty}; excluded with
	 * {@code -}.
	 */
	record Filter(FilterField field, String value, boolean excluded) {

		String display() {
			return (this.excluded ? "-" : "") + this.field.typed() + ":" + this.value;
		}

	}

	/** What a filter filters on: its name in a query and its field in the index. */
	enum FilterField {

		SOURCE("source", IndexFields.SOURCE), ARTICLE("article", IndexFields.ARTICLES), KIND("kind", IndexFields.TYPE);

		private final String typed;

		private final String indexField;

		FilterField(String typed, String indexField) {
			this.typed = typed;
			this.indexField = indexField;
		}

		String typed() {
			return this.typed;
		}

		String indexField() {
			return this.indexField;
		}

	}

}
