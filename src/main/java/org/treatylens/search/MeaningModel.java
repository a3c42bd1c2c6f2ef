package org.treatylens.search;

import java.util.List;

/**
 * Turns texts into unit-length vectors whose dot product says how close their meanings
 * are: in the app, the embedding module's one sentence model ({@code SentenceEmbedder}),
 * for the index and for queries alike (vectors of two models cannot be compared).
 */
@FunctionalInterface
interface MeaningModel {

	/** One unit vector per text, in the order given. */
	float[][] embed(List<String> texts);

	default float[] embed(String text) {
		return embed(List.of(text))[0];
	}

}
