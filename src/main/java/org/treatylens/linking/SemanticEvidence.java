package org.treatylens.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.treatylens.embedding.EmbeddedPassage;
import org.treatylens.embedding.EmbeddedSentence;
import org.treatylens.embedding.SentenceEmbedder;
import org.treatylens.embedding.Vectors;

/**
 * Which article a sentence retells in other words, by the cosine of its sentence
 * embedding to each known treaty paragraph. A sentence counts for the article whose best
 * paragraph it is closest to, when it is close enough and clearly closer to that article
 * than to any other: a sentence near two articles speaks of their shared subject, not of
 * one provision. Sentences, not whole passages: background around one sentence on a
 * provision dilutes a passage's vector until it looks like any other passage on the
 * subject.
 * <p>
 * The paragraphs are embedded without the words of the treaty's title ("comprehensive",
 * "strategic", "partnership", the parties' names): commentary uses them to name the
 * treaty, so a paragraph that repeats them (6(1): "within the framework of a
 * comprehensive, long-term and strategic partnership") would otherwise attract every
 * sentence that merely names the treaty.
 */
final class SemanticEvidence {

	/** How close and how clearly closest a sentence must be. */
	record Thresholds(float minCosine, float minMargin) {
	}

	/** A sentence of a passage retelling one paragraph of an article. */
	record Match(int article, int paragraph, float cosine, float margin, EmbeddedSentence sentence) {
	}

	private final List<TreatyText.Paragraph> paragraphs;

	private final float[][] vectors;

	private final Thresholds thresholds;

	SemanticEvidence(TreatyText treaty, SentenceEmbedder embedder, Thresholds thresholds) {
		this.paragraphs = treaty.paragraphs();
		Pattern title = titleWords(treaty.title());
		List<String> texts = this.paragraphs.stream()
			.map((p) -> title.matcher(p.text()).replaceAll("").replaceAll("\\s+", " "))
			.toList();
		this.vectors = paragraphVectors(embedder, texts);
		this.thresholds = thresholds;
	}

	/**
	 * The treaty's paragraphs, embedded once per process and model (the treaty changes
	 * rarely; a few recent versions are kept).
	 */
	private static final Map<List<Object>, float[][]> PARAGRAPH_VECTORS = new ConcurrentHashMap<>();

	private static float[][] paragraphVectors(SentenceEmbedder embedder, List<String> texts) {
		List<Object> key = List.of(System.identityHashCode(embedder), texts);
		float[][] known = PARAGRAPH_VECTORS.get(key);
		if (known != null) {
			return known;
		}
		float[][] computed = embedder.embed(texts);
		if (PARAGRAPH_VECTORS.size() >= 4) {
			PARAGRAPH_VECTORS.clear();
		}
		PARAGRAPH_VECTORS.put(key, computed);
		return computed;
	}

	/** The sentences of the passage that each retell one article, closest first. */
	List<Match> matches(EmbeddedPassage passage) {
		List<Match> matches = new ArrayList<>();
		for (EmbeddedSentence sentence : passage.sentences()) {
			Match match = best(sentence);
			if (match != null && match.cosine() >= this.thresholds.minCosine()
					&& match.margin() >= this.thresholds.minMargin()) {
				matches.add(match);
			}
		}
		matches.sort((a, b) -> Float.compare(b.cosine(), a.cosine()));
		return matches;
	}

	/** The article the sentence is closest to, and by how much over any other article. */
	private Match best(EmbeddedSentence sentence) {
		if (this.paragraphs.isEmpty()) {
			return null;
		}
		float[] cosines = new float[this.paragraphs.size()];
		int best = 0;
		for (int i = 0; i < cosines.length; i++) {
			cosines[i] = Vectors.cosine(sentence.vector(), this.vectors[i]);
			if (cosines[i] > cosines[best]) {
				best = i;
			}
		}
		TreatyText.Paragraph paragraph = this.paragraphs.get(best);
		float other = -1;
		for (int i = 0; i < cosines.length; i++) {
			if (this.paragraphs.get(i).article() != paragraph.article()) {
				other = Math.max(other, cosines[i]);
			}
		}
		return new Match(paragraph.article(), paragraph.number(), cosines[best], cosines[best] - other, sentence);
	}

	/** The title's words of four letters or more, but "between" and "treaty". */
	private static Pattern titleWords(String title) {
		List<String> words = new ArrayList<>();
		for (String word : title.split("[^\\p{L}]+")) {
			if (word.length() >= 4 && !word.equalsIgnoreCase("between") && !word.equalsIgnoreCase("treaty")) {
				words.add(Pattern.quote(word));
			}
		}
		if (words.isEmpty()) {
			return Pattern.compile("(?!)");
		}
		return Pattern.compile("\\b(?:" + String.join("|", words) + ")\\b,?", Pattern.CASE_INSENSITIVE);
	}

}
