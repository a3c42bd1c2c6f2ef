package org.treatylens.embedding;

import java.util.List;

/**
 * A passage's sentence vectors and one vector for the whole passage: the normalised mean
 * of its sentences' (what a nearest-neighbour search over passages wants).
 */
public record EmbeddedPassage(long passageId, float[] vector, List<EmbeddedSentence> sentences) {

	public EmbeddedPassage {
		sentences = List.copyOf(sentences);
	}

}
