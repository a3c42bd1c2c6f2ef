package org.treatylens.embedding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeds passages sentence by sentence, all their sentences in one batch, without storing
 * anything ({@link PassageEmbeddings} stores them).
 */
public final class SentenceVectors {

	private SentenceVectors() {
	}

	/**
	 * The vectors of the given passages (id to text), in the order given; a passage with
	 * no sentence (blank text) gets none.
	 */
	public static Map<Long, EmbeddedPassage> compute(SentenceEmbedder embedder, Map<Long, String> passageTexts) {
		Map<Long, List<SentenceSpan>> spans = new LinkedHashMap<>();
		List<String> sentences = new ArrayList<>();
		passageTexts.forEach((id, text) -> {
			List<SentenceSpan> split = Sentences.split(text);
			spans.put(id, split);
			split.forEach((span) -> sentences.add(span.of(text)));
		});
		float[][] vectors = embedder.embed(sentences);
		Map<Long, EmbeddedPassage> passages = new LinkedHashMap<>();
		int next = 0;
		for (Map.Entry<Long, List<SentenceSpan>> entry : spans.entrySet()) {
			List<EmbeddedSentence> embedded = new ArrayList<>();
			for (SentenceSpan span : entry.getValue()) {
				embedded.add(new EmbeddedSentence(embedded.size(), span, vectors[next++]));
			}
			if (!embedded.isEmpty()) {
				passages.put(entry.getKey(), new EmbeddedPassage(entry.getKey(),
						Vectors.centroid(embedded.stream().map(EmbeddedSentence::vector).toList()), embedded));
			}
		}
		return passages;
	}

}
