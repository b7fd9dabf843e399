package de.presseschau.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query the query text as asked
 * @param total how many articles match in all; a lower bound when {@code totalExact} is false
 * @param totalExact whether {@code total} is the exact count: beyond {@value Searcher#EXACT_TOTAL_UP_TO}
 *     matches it is a lower bound unless facets were asked for (counting every match exactly
 *     would mean scoring every match, which made queries on large archives several times slower)
 * @param hits the best {@code limit} of them
 * @param facets counts over all matches; empty unless asked for
 * @param suggestion a corrected query when nothing matched and a close spelling exists; null
 *     otherwise
 * @param partial whether the search hit its time limit and stopped early: hits, total and facets
 *     cover part of the archive only
 */
public record SearchResult(
    String query, long total, boolean totalExact, List<Hit> hits, FacetCounts facets, String suggestion,
    boolean partial) {

  public SearchResult {
    hits = List.copyOf(hits);
  }

  /** A complete result. */
  public SearchResult(
      String query, long total, boolean totalExact, List<Hit> hits, FacetCounts facets, String suggestion) {
    this(query, total, totalExact, hits, facets, suggestion, false);
  }

  /** A result whose total is exact. */
  public SearchResult(String query, long total, List<Hit> hits, FacetCounts facets, String suggestion) {
    this(query, total, true, hits, facets, suggestion);
  }
}
