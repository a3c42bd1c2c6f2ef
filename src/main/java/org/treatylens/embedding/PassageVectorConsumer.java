package org.treatylens.embedding;

/**
 * Receives stored passage vectors one at a time.
 */
@FunctionalInterface
public interface PassageVectorConsumer {

	void accept(long passageId, float[] vector);

}
