package org.treatylens.commentary;

/**
 * A commentary document was added, replaced, edited, hidden, shown or deleted. Published
 * inside the change's transaction; the cached source list is dropped once it commits.
 */
public record SourcesChanged() {

}
