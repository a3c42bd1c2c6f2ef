package org.treatylens.linking;

/**
 * Links were stored for one document or for all of them (on the corpus job worker, after
 * their transaction committed). For cheap reactions (a cache); the search index is
 * updated by its own job step, not by this event.
 */
public record LinksRecomputed() {

}
