package org.treatylens.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.treatylens.search.ParsedQuery.Kind;
import org.treatylens.search.ParsedQuery.QueryTerm;

/**
 * "Did you mean": for each plain word of a query, a close spelling that is more common in
 * the index (from the index's own words, with {@link DirectSpellChecker}). It catches
 * typos ("sanctoins") and name variants ("Peseschkian", which one source uses, for the
 * more common "Pezeshkian"), but never a mere inflection: the stemmer already finds
 * those.
 */
final class SpellingSuggester {

	/** Words found in more documents than this are taken as spelled as meant. */
	private static final int MAX_FREQUENCY_TO_CORRECT = 5;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	private final Analyzer exact = SearchAnalyzers.exact();

	private final Analyzer english = SearchAnalyzers.english();

	SpellingSuggester() {
		this.checker.setMaxEdits(2);
		this.checker.setMinQueryLength(4);
		this.checker.setAccuracy(0.6f);
		this.checker.setMaxQueryFrequency(MAX_FREQUENCY_TO_CORRECT);
	}

	/**
	 * The query with its misspelt words replaced, or null when there is nothing to
	 * suggest.
	 */
	String suggest(ParsedQuery parsed, IndexReader reader) throws IOException {
		String input = parsed.input();
		StringBuilder corrected = new StringBuilder();
		int copied = 0;
		boolean changed = false;
		List<QueryTerm> terms = parsed.positiveTerms();
		for (QueryTerm term : terms) {
			if (term.kind() != Kind.WORD || !term.text().codePoints().allMatch(Character::isLetter)) {
				continue;
			}
			String word = this.exact.normalize(IndexFields.EXACT, term.text()).utf8ToString();
			SuggestWord[] suggestions = this.checker.suggestSimilar(new Term(IndexFields.EXACT, word), 3, reader,
					SuggestMode.SUGGEST_MORE_POPULAR);
			for (SuggestWord suggestion : suggestions) {
				if (!sameStem(word, suggestion.string)) {
					corrected.append(input, copied, term.start()).append(likeTyped(term.text(), suggestion.string));
					copied = term.end();
					changed = true;
					break;
				}
			}
		}
		if (!changed) {
			return null;
		}
		corrected.append(input.substring(copied));
		return corrected.toString();
	}

	/** "Peseschkian" is corrected to "Pezeshkian", not "pezeshkian". */
	private static String likeTyped(String typed, String suggestion) {
		if (Character.isUpperCase(typed.codePointAt(0))) {
			return suggestion.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + suggestion.substring(1);
		}
		return suggestion;
	}

	private boolean sameStem(String a, String b) throws IOException {
		return Objects.equals(stem(a), stem(b));
	}

	private String stem(String word) throws IOException {
		try (TokenStream stream = this.english.tokenStream(IndexFields.TEXT, word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			String first = stream.incrementToken() ? term.toString() : word;
			stream.end();
			return first;
		}
	}

}
