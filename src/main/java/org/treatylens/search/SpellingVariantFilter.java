package org.treatylens.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Spells British words the American way ("defence" → "defense", "organisation" →
 * "organization"), one token for one token, so positions and offsets stay as they were:
 * run at index and at query time on both text fields, it makes either spelling find both,
 * in words and in phrases. The map ({@code spelling-variants.txt} beside this class) is
 * general English, never tuned to the corpus.
 */
final class SpellingVariantFilter extends TokenFilter {

	private static final CharArrayMap<String> VARIANTS = load();

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	SpellingVariantFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		String american = VARIANTS.get(this.term.buffer(), 0, this.term.length());
		if (american != null) {
			this.term.setEmpty().append(american);
		}
		return true;
	}

	/** The American spelling of a lower-case word, or the word itself. */
	static String american(String word) {
		String american = VARIANTS.get(word);
		return (american != null) ? american : word;
	}

	private static CharArrayMap<String> load() {
		CharArrayMap<String> variants = new CharArrayMap<>(1024, false);
		try (InputStream in = SpellingVariantFilter.class.getResourceAsStream("spelling-variants.txt")) {
			if (in == null) {
				throw new IllegalStateException("spelling-variants.txt is missing from the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String entry = line.strip();
				if (entry.isEmpty() || entry.startsWith("#")) {
					continue;
				}
				String[] pair = entry.split("\\s+");
				if (pair.length != 2) {
					throw new IllegalStateException("spelling-variants.txt: expected two words in “" + entry + "”");
				}
				variants.put(pair[0], pair[1]);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return CharArrayMap.unmodifiableMap(variants);
	}

}
