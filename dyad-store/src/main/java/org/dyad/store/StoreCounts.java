package org.dyad.store;

/**
 * How much a store holds.
 *
 * @param articles stored articles
 * @param sentences their sentences
 * @param events event mentions (one per coded event in an article)
 * @param clusters deduplicated events: happenings reported by one or more mentions
 * @param actors distinct actor codes
 */
public record StoreCounts(long articles, long sentences, long events, long clusters, long actors) {}
