package de.presseschau.search;

import de.presseschau.query.QueryMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to search for. Build with {@link #of(String)} and the {@code with…} methods.
 *
 * @param query the query text
 * @param mode how the query text is read
 * @param speakers only articles quoting each of these people (a full name or a last name)
 * @param locations only articles naming each of these places
 * @param from only articles published on or after this day; null for no limit
 * @param to only articles published on or before this day; null for no limit
 * @param sort order of the hits
 * @param limit how many hits to return (at least 1)
 * @param facets whether to count speakers, locations and years over all matches
 * @param snippets how many snippets per hit (0 for none)
 */
public record SearchRequest(
    String query,
    QueryMode mode,
    List<String> speakers,
    List<String> locations,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int limit,
    boolean facets,
    int snippets) {

  public static final int DEFAULT_LIMIT = 10;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(sort, "sort");
    speakers = List.copyOf(speakers);
    locations = List.copyOf(locations);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    if (snippets < 0) {
      throw new IllegalArgumentException("snippets must not be negative");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("'from' " + from + " is after 'to' " + to);
    }
  }

  /** A query in {@link QueryMode#SYNTAX}, relevance order, 10 hits, 3 snippets, no facets. */
  public static SearchRequest of(String query) {
    return new SearchRequest(
        query, QueryMode.SYNTAX, List.of(), List.of(), null, null, SortOrder.RELEVANCE, DEFAULT_LIMIT, false, 3);
  }

  /** Plain words, nothing is syntax. */
  public static SearchRequest plain(String words) {
    return of(words).withMode(QueryMode.PLAIN);
  }

  public SearchRequest withMode(QueryMode m) {
    return new SearchRequest(query, m, speakers, locations, from, to, sort, limit, facets, snippets);
  }

  public SearchRequest withSpeakers(List<String> s) {
    return new SearchRequest(query, mode, s, locations, from, to, sort, limit, facets, snippets);
  }

  public SearchRequest withLocations(List<String> l) {
    return new SearchRequest(query, mode, speakers, l, from, to, sort, limit, facets, snippets);
  }

  public SearchRequest withDates(LocalDate f, LocalDate t) {
    return new SearchRequest(query, mode, speakers, locations, f, t, sort, limit, facets, snippets);
  }

  public SearchRequest withSort(SortOrder s) {
    return new SearchRequest(query, mode, speakers, locations, from, to, s, limit, facets, snippets);
  }

  public SearchRequest withLimit(int n) {
    return new SearchRequest(query, mode, speakers, locations, from, to, sort, n, facets, snippets);
  }

  public SearchRequest withFacets(boolean on) {
    return new SearchRequest(query, mode, speakers, locations, from, to, sort, limit, on, snippets);
  }

  public SearchRequest withSnippets(int n) {
    return new SearchRequest(query, mode, speakers, locations, from, to, sort, limit, facets, n);
  }
}
