package org.treatylens.treaty;

/**
 * The treaty's text or header changed (an import stored a new one). Published inside the
 * change's transaction; what is cached of the treaty is dropped once it commits.
 */
public record TreatyChanged() {

}
