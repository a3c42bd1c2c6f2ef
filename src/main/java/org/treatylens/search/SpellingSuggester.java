package org.treatylens.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.treatylens.search.ParsedQuery.Kind;
import org.treatylens.search.ParsedQuery.QueryTerm;

/**
 * "Did you mean": for each plain word of a query, a close spelling that is more common in
 * the index (from the index's own words, with {@link DirectSpellChecker}). It catches
 * typos ("sanctoins") and name variants ("Peseschkian", which one source uses, for the
 * more common "Pezeshkian"), but never a mere inflection: the stemmer already finds
 * those. A word that is found is left alone ("Musa" is not "must", "aggressor" is not
 * "aggression") unless the query found too little: not all of its words together, or a
 * word that only one source uses while a close spelling is far commoner across sources.
 * {@link SearchService} offers the result only if it finds more than the query did.
 */
final class SpellingSuggester {

	/** Words found in more documents than this are taken as spelled as meant. */
	private static final int MAX_FREQUENCY_TO_CORRECT = 5;

	/**
	 * A found word is one source's spelling when a close spelling is in this many times
	 * as many passages, from more sources.
	 */
	private static final int VARIANT_RATIO = 3;

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
	 * @param allWordsFound whether some passage has all the words of the query
	 */
	String suggest(ParsedQuery parsed, IndexReader reader, boolean allWordsFound) throws IOException {
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
			if (allWordsFound && !mayBeOneSourcesSpelling(word, reader)) {
				// found, and not one source's own spelling: no need for the (costly)
				// fuzzy
				// look-up
				continue;
			}
			SuggestWord[] suggestions = this.checker.suggestSimilar(new Term(IndexFields.EXACT, word), 3, reader,
					SuggestMode.SUGGEST_MORE_POPULAR);
			for (SuggestWord suggestion : suggestions) {
				if (!sameStem(word, suggestion.string)
						&& (!allWordsFound || isOneSourcesSpelling(word, suggestion, reader))) {
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

	/**
	 * What {@link #isOneSourcesSpelling} asks of the word itself: rare enough to be
	 * corrected at all, and used by one source only.
	 */
	private static boolean mayBeOneSourcesSpelling(String word, IndexReader reader) throws IOException {
		Term found = new Term(IndexFields.EXACT, word);
		int frequency = reader.docFreq(found);
		return frequency > 0 && frequency <= MAX_FREQUENCY_TO_CORRECT && sources(reader, found, 2) == 1;
	}

	/**
	 * Whether a found word is one source's spelling of a commoner word: "Peseschkian"
	 * (dpa's) for "Pezeshkian" (everybody else's).
	 */
	private static boolean isOneSourcesSpelling(String word, SuggestWord suggestion, IndexReader reader)
			throws IOException {
		Term found = new Term(IndexFields.EXACT, word);
		int frequency = reader.docFreq(found);
		return frequency > 0 && suggestion.freq >= VARIANT_RATIO * frequency && sources(reader, found, 2) == 1
				&& sources(reader, new Term(IndexFields.EXACT, suggestion.string), 2) >= 2;
	}

	/** How many sources use a word, counting no further than {@code enough}. */
	private static int sources(IndexReader reader, Term term, int enough) throws IOException {
		Set<BytesRef> sources = new HashSet<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
			SortedDocValues source = DocValues.getSorted(leaf.reader(), IndexFields.SOURCE);
			if (postings == null) {
				continue;
			}
			Bits live = leaf.reader().getLiveDocs();
			for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
				if ((live == null || live.get(doc)) && source.advanceExact(doc)) {
					sources.add(BytesRef.deepCopyOf(source.lookupOrd(source.ordValue())));
					if (sources.size() >= enough) {
						return sources.size();
					}
				}
			}
		}
		return sources.size();
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
