package org.treatylens.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of the two text fields. Both fold case and diacritics ("Pezeshkián" finds
 * "Pezeshkian"); only {@link IndexFields#TEXT} drops possessives and stop words and stems
 * ("sanctioned" finds "sanctions"), so that {@link IndexFields#EXACT} can match phrases
 * and prefixes word for word. Both spell British words the American way
 * ({@link SpellingVariantFilter}), so "defence" and "defense" find each other.
 */
final class SearchAnalyzers {

	private SearchAnalyzers() {
	}

	/**
	 * Stemmed English: possessives, lower case, folding, one spelling, stop words, Porter
	 * stemmer.
	 */
	static Analyzer english() {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new EnglishPossessiveFilter(source);
				stream = new LowerCaseFilter(stream);
				stream = new ASCIIFoldingFilter(stream);
				stream = new SpellingVariantFilter(stream);
				stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
				stream = new PorterStemFilter(stream);
				return new TokenStreamComponents(source, stream);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}

		};
	}

	/** Words as written, only lower-cased, folded and spelled one way. */
	static Analyzer exact() {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
				stream = new SpellingVariantFilter(stream);
				return new TokenStreamComponents(source, stream);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}

		};
	}

	/** The analyzer for the whole document: keyword fields are left as they are. */
	static Analyzer perField() {
		return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
				Map.of(IndexFields.TEXT, english(), IndexFields.HEADING, english(), IndexFields.EXACT, exact()));
	}

}
