package org.treatylens.corpus;

/**
 * What an import stored, and the job that links and indexes it in the background.
 *
 * @param <T> the treaty or the document
 * @param stored what was stored
 * @param job the job that makes it linked and searchable
 */
public record Imported<T>(T stored, CorpusJob job) {
}
