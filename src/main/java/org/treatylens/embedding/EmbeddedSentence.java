package org.treatylens.embedding;

/**
 * One sentence of a passage and its vector (L2-normalised).
 */
public record EmbeddedSentence(int sentenceNo, SentenceSpan span, float[] vector) {

}
