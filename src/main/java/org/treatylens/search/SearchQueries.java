package org.treatylens.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.treatylens.search.ParsedQuery.Clause;
import org.treatylens.search.ParsedQuery.Filter;
import org.treatylens.search.ParsedQuery.FilterField;
import org.treatylens.search.ParsedQuery.Kind;
import org.treatylens.search.ParsedQuery.QueryTerm;

/**
 * Turns a {@link ParsedQuery} into Lucene queries: words on the stemmed
 * {@link IndexFields#TEXT} field, phrases and prefixes on {@link IndexFields#EXACT},
 * filters as non-scoring clauses.
 */
final class SearchQueries {

	/**
	 * Words typed next to each other score higher when they also stand close together.
	 */
	private static final int PROXIMITY_SLOP = 3;

	private static final float PROXIMITY_BOOST = 2f;

	/**
	 * When any word may match, each matching word adds this much on top of BM25, so that
	 * passages with more of the words come first (as the notice promises) and BM25 orders
	 * those with as many. A word's BM25 score stays below its idf, ln(1 + 2N), under 15
	 * for any corpus below a million passages: without this a short heading matching one
	 * rare word ("Article 1" for "1") outranks passages with the other words.
	 */
	private static final float MATCHED_WORD_WEIGHT = 100f;

	/**
	 * A word in the heading above a paragraph counts for less than one in the paragraph
	 * itself: the heading is context.
	 */
	private static final float HEADING_WEIGHT = 0.3f;

	private final Analyzer english = SearchAnalyzers.english();

	private final Analyzer exact = SearchAnalyzers.exact();

	private final QueryBuilder stemmed = new QueryBuilder(this.english);

	private final QueryBuilder literal = new QueryBuilder(this.exact);

	/**
	 * The scoring part of the query without the words' {@link #proximity}, or null when
	 * it has no words (only filters).
	 * @param allWordsRequired whether every plain word must occur ({@code MUST}) or any
	 * may ({@code SHOULD}, ranked by how many and how rare)
	 */
	Query text(ParsedQuery parsed, boolean allWordsRequired) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		int positives = 0;
		boolean excludes = false;
		List<Clause> onlyStopWords = new ArrayList<>();
		for (Clause clause : parsed.clauses()) {
			Query query = clause(clause);
			if (query == null) {
				if (!clause.excluded()) {
					onlyStopWords.add(clause);
				}
				continue;
			}
			if (clause.excluded()) {
				builder.add(query, Occur.MUST_NOT);
				excludes = true;
				continue;
			}
			boolean must = clause.required() || allWordsRequired;
			builder.add(query, must ? Occur.MUST : Occur.SHOULD);
			if (!must) {
				builder.add(new BoostQuery(new ConstantScoreQuery(query), MATCHED_WORD_WEIGHT), Occur.SHOULD);
			}
			positives++;
		}
		if (positives == 0 && !onlyStopWords.isEmpty()) {
			// a query of stop words only ("the", "not") is searched word for word rather
			// than not at all (which would match everything)
			for (Clause clause : onlyStopWords) {
				for (QueryTerm term : clause.alternatives()) {
					Query query = exactPhrase(term.text());
					if (query != null) {
						builder.add(query, (clause.required() || allWordsRequired) ? Occur.MUST : Occur.SHOULD);
						positives++;
					}
				}
			}
		}
		if (positives == 0 && !onlyStopWords.isEmpty()) {
			// punctuation only: nothing to search, which is not the same as everything
			return new MatchNoDocsQuery("no searchable words");
		}
		if (positives == 0) {
			if (!excludes) {
				return null;
			}
			builder.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		return builder.build();
	}

	/**
	 * How close together the plain words stand, as a score to add to {@link #text}'s (by
	 * {@link ProximityRescorer} over the best matches, or by {@link #withProximity});
	 * null for fewer than two plain words.
	 */
	Query proximity(ParsedQuery parsed) {
		List<String> plainWords = new ArrayList<>();
		for (Clause clause : parsed.clauses()) {
			if (!clause.excluded() && clause.alternatives().size() == 1
					&& clause.alternatives().get(0).kind() == Kind.WORD && clause(clause) != null) {
				plainWords.add(clause.alternatives().get(0).text());
			}
		}
		if (plainWords.size() < 2) {
			return null;
		}
		Query near = this.stemmed.createPhraseQuery(IndexFields.TEXT, String.join(" ", plainWords), PROXIMITY_SLOP);
		return (near != null) ? new BoostQuery(near, PROXIMITY_BOOST) : null;
	}

	/** A query scored with the proximity added, over every match. */
	static Query withProximity(Query query, Query proximity) {
		if (proximity == null) {
			return query;
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		builder.add(query, Occur.MUST);
		builder.add(proximity, Occur.SHOULD);
		return builder.build();
	}

	/** Whether relaxing "all words" to "any word" could change anything. */
	boolean canRelax(ParsedQuery parsed) {
		int optional = 0;
		for (Clause clause : parsed.clauses()) {
			if (!clause.excluded() && !clause.required()) {
				optional++;
			}
		}
		return optional > 1;
	}

	private Query clause(Clause clause) {
		List<Query> alternatives = new ArrayList<>();
		for (QueryTerm term : clause.alternatives()) {
			Query query = term(term);
			if (query != null) {
				alternatives.add(query);
			}
		}
		if (alternatives.isEmpty()) {
			return null;
		}
		if (alternatives.size() == 1) {
			return alternatives.get(0);
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		alternatives.forEach((query) -> any.add(query, Occur.SHOULD));
		return any.build();
	}

	/** The query for one word, phrase or prefix; null when it holds only stop words. */
	Query term(QueryTerm term) {
		return switch (term.kind()) {
			// a "word" such as military-technical is several tokens: they must stand
			// together
			case WORD -> word(term.text());
			case PHRASE -> exactPhrase(term.text());
			case PREFIX ->
				new PrefixQuery(new Term(IndexFields.EXACT, this.exact.normalize(IndexFields.EXACT, term.text())));
		};
	}

	/** A word in the text, or (weighing less) in the heading above it. */
	private Query word(String text) {
		Query inText = this.stemmed.createPhraseQuery(IndexFields.TEXT, text);
		if (inText == null) {
			return null;
		}
		Query inHeading = this.stemmed.createPhraseQuery(IndexFields.HEADING, text);
		return new DisjunctionMaxQuery(List.of(inText, new BoostQuery(inHeading, HEADING_WEIGHT)), 0f);
	}

	/** Words as written, in order (a phrase, or stop words searched as typed). */
	private Query exactPhrase(String text) {
		return this.literal.createPhraseQuery(IndexFields.EXACT, text);
	}

	/**
	 * The filters of the query and of the page (facet links): values of one field are
	 * alternatives, different fields all apply. Null when there is none.
	 */
	Query filters(ParsedQuery parsed, Collection<String> sources, Collection<Integer> articles) {
		Map<FilterField, List<String>> included = new EnumMap<>(FilterField.class);
		List<Filter> excluded = new ArrayList<>();
		for (Filter filter : parsed.filters()) {
			if (filter.excluded()) {
				excluded.add(filter);
			}
			else {
				included.computeIfAbsent(filter.field(), (f) -> new ArrayList<>()).add(filter.value());
			}
		}
		sources.forEach((source) -> included.computeIfAbsent(FilterField.SOURCE, (f) -> new ArrayList<>()).add(source));
		articles.forEach((article) -> included.computeIfAbsent(FilterField.ARTICLE, (f) -> new ArrayList<>())
			.add(Integer.toString(article)));
		if (included.isEmpty() && excluded.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		included.forEach((field, values) -> {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			values.stream().distinct().forEach((value) -> any.add(filterTerm(field, value), Occur.SHOULD));
			builder.add(any.build(), Occur.FILTER);
		});
		if (included.isEmpty()) {
			builder.add(new MatchAllDocsQuery(), Occur.FILTER);
		}
		excluded.forEach((filter) -> builder.add(filterTerm(filter.field(), filter.value()), Occur.MUST_NOT));
		return builder.build();
	}

	private static Query filterTerm(FilterField field, String value) {
		return new TermQuery(new Term(field.indexField(), value));
	}

	/** Text and filters together; everything when both are absent. */
	static Query combine(Query text, Query filters) {
		if (filters == null) {
			return (text != null) ? text : new MatchAllDocsQuery();
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		builder.add((text != null) ? text : new MatchAllDocsQuery(), Occur.MUST);
		builder.add(filters, Occur.FILTER);
		return builder.build();
	}

}
