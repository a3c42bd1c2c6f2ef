package org.treatylens.linking;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Stemmed content words and the pairs of neighbouring content words ("territori integr",
 * "coerciv measur"): a shared pair is much stronger evidence of discussing a provision
 * than scattered shared words. Function words and the treaty's own formulas ("the
 * Contracting Parties shall") are dropped, and pairs are formed across the dropped words
 * ("assistance to the aggressor" gives "assist aggressor").
 */
final class TreatyAnalyzer extends Analyzer {

	static final CharArraySet STOP_WORDS = new CharArraySet(List.of("a", "an", "and", "are", "as", "at", "be", "but",
			"by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
			"then", "there", "these", "they", "this", "to", "was", "will", "with", "which", "who", "whom", "its", "his",
			"her", "has", "have", "had", "been", "being", "were", "would", "could", "should", "can", "may", "might",
			"must", "do", "does", "did", "so", "than", "too", "very", "also", "any", "all", "some", "from", "about",
			"up", "out", "over", "under", "upon", "within", "between", "well", "including", "both", "other", "each",
			"we", "our", "us", "you", "he", "she", "them", "what", "when", "where", "how", "why", "here", "only",
			"just", "now", "said", "says", "new", "two", "one", "more", "most", "such", "own", "same", "further",
			"various", "take", "taking", "order", "beyond", "line", "account", "either", "those", "use", "event",
			// the treaty's formulas, present in nearly every paragraph
			"contracting", "party", "parties", "shall", "respective", "relevant"), true);

	/** {@link CitationExtractor#PLAIN_TYPOGRAPHY}, for every text indexed or analysed. */
	private static final NormalizeCharMap PLAIN_TYPOGRAPHY = plainTypography();

	private final CharArraySet stopWords;

	/**
	 * @param title the treaty's title: commentary names the treaty by it ("the
	 * Comprehensive Strategic Partnership"), which says nothing about any one article
	 */
	TreatyAnalyzer(String title) {
		this.stopWords = new CharArraySet(STOP_WORDS, true);
		for (String word : title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
			if (!word.isEmpty()) {
				this.stopWords.add(word);
			}
		}
	}

	private static NormalizeCharMap plainTypography() {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		CitationExtractor.PLAIN_TYPOGRAPHY.forEach((from, to) -> map.add(from.toString(), to.toString()));
		return map.build();
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new MappingCharFilter(PLAIN_TYPOGRAPHY, reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new TypeTokenFilter(tokenizer, Set.of("<NUM>"));
		stream = new EnglishPossessiveFilter(stream);
		stream = new LowerCaseFilter(stream);
		stream = new StopFilter(stream, this.stopWords);
		stream = new PorterStemFilter(stream);
		stream = new ClosingGaps(stream);
		ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
		shingles.setOutputUnigrams(true);
		return new TokenStreamComponents(tokenizer, shingles);
	}

	/** The distinct terms (words and pairs) of a text, in order of appearance. */
	List<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Analysing a string cannot fail", ex);
		}
		return new ArrayList<>(terms);
	}

	/** Removed stop words leave no gap, so pairs span them. */
	private static final class ClosingGaps extends TokenFilter {

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		ClosingGaps(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			if (this.increment.getPositionIncrement() > 1) {
				this.increment.setPositionIncrement(1);
			}
			return true;
		}

	}

}
