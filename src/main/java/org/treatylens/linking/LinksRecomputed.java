package org.treatylens.linking;

/**
 * The links were recomputed (inside the import transaction that changed the corpus).
 */
public record LinksRecomputed() {

}
