package org.treatylens.embedding;

import java.util.List;

/**
 * Arithmetic on embedding vectors.
 */
public final class Vectors {

	private Vectors() {
	}

	/** Cosine of two L2-normalised vectors (their dot product), in [-1, 1]. */
	public static float cosine(float[] a, float[] b) {
		if (a.length != b.length) {
			throw new IllegalArgumentException("Vectors of different lengths: " + a.length + " and " + b.length);
		}
		float dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

	/** The normalised mean of normalised vectors: one vector standing for all of them. */
	public static float[] centroid(List<float[]> vectors) {
		if (vectors.isEmpty()) {
			throw new IllegalArgumentException("No vectors to average");
		}
		float[] mean = new float[vectors.get(0).length];
		for (float[] vector : vectors) {
			for (int i = 0; i < mean.length; i++) {
				mean[i] += vector[i];
			}
		}
		normalize(mean);
		return mean;
	}

	/** Scales the vector to length 1 in place (a zero vector stays zero). */
	static void normalize(float[] vector) {
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		if (norm == 0) {
			return;
		}
		float scale = (float) (1 / Math.sqrt(norm));
		for (int i = 0; i < vector.length; i++) {
			vector[i] *= scale;
		}
	}

}
