package org.dyad.store;

/**
 * What loading a Spark job's output did.
 *
 * @param inserted new articles
 * @param replaced stored articles whose content changed
 * @param unchanged articles already stored as they are
 * @param failed articles the job could not code (kept out of the store)
 * @param events event mentions stored
 */
public record ImportSummary(int inserted, int replaced, int unchanged, int failed, long events) {}
