package de.presseschau.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query the query text as asked
 * @param total how many articles match in all
 * @param hits the best {@code limit} of them
 * @param facets counts over all matches; empty unless asked for
 * @param suggestion a corrected query when nothing matched and a close spelling exists; null
 *     otherwise
 */
public record SearchResult(
    String query, long total, List<Hit> hits, FacetCounts facets, String suggestion) {

  public SearchResult {
    hits = List.copyOf(hits);
  }
}
