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
 * @param limit how many hits to return (0: none, e.g. for facets only)
 * @param facets whether to count speakers, locations and years over all matches
 * @param snippets how many snippets per hit (0 for none)
 * @param offset how many of the best hits to pass over first (for paging)
 * @param facetLimit how many values of each facet to count (the most frequent)
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
    int snippets,
    int offset,
    int facetLimit) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int DEFAULT_FACET_LIMIT = 10;
  /** Paging stops here: offset + limit may not pass it (deep pages cost memory and time). */
  public static final int MAX_WINDOW = 10_000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(sort, "sort");
    speakers = List.copyOf(speakers);
    locations = List.copyOf(locations);
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
    if ((long) limit + offset > MAX_WINDOW) {
      throw new IllegalArgumentException(
          "offset + limit may be at most " + MAX_WINDOW + ", got " + ((long) offset + limit));
    }
    if (facetLimit < 1) {
      throw new IllegalArgumentException("facetLimit must be at least 1");
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
        query, QueryMode.SYNTAX, List.of(), List.of(), null, null, SortOrder.RELEVANCE, DEFAULT_LIMIT, false, 3, 0,
        DEFAULT_FACET_LIMIT);
  }

  /** Plain words, nothing is syntax. */
  public static SearchRequest plain(String words) {
    return of(words).withMode(QueryMode.PLAIN);
  }

  public SearchRequest withMode(QueryMode m) {
    return new SearchRequest(query, m, speakers, locations, from, to, sort, limit, facets, snippets, offset, facetLimit);
  }

  public SearchRequest withSpeakers(List<String> s) {
    return new SearchRequest(query, mode, s, locations, from, to, sort, limit, facets, snippets, offset, facetLimit);
  }

  public SearchRequest withLocations(List<String> l) {
    return new SearchRequest(query, mode, speakers, l, from, to, sort, limit, facets, snippets, offset, facetLimit);
  }

  public SearchRequest withDates(LocalDate f, LocalDate t) {
    return new SearchRequest(query, mode, speakers, locations, f, t, sort, limit, facets, snippets, offset, facetLimit);
  }

  public SearchRequest withSort(SortOrder s) {
    return new SearchRequest(query, mode, speakers, locations, from, to, s, limit, facets, snippets, offset, facetLimit);
  }

  public SearchRequest withLimit(int n) {
    return new SearchRequest(query, mode, speakers, locations, from, to, sort, n, facets, snippets, offset, facetLimit);
  }

  public SearchRequest withFacets(boolean on) {
    return new SearchRequest(query, mode, speakers, locations, from, to, sort, limit, on, snippets, offset, facetLimit);
  }

  public SearchRequest withOffset(int n) {
    return new SearchRequest(query, mode, speakers, locations, from, to, sort, limit, facets, snippets, n, facetLimit);
  }

  public SearchRequest withFacetLimit(int n) {
    return new SearchRequest(query, mode, speakers, locations, from, to, sort, limit, facets, snippets, offset, n);
  }

  public SearchRequest withSnippets(int n) {
    return new SearchRequest(query, mode, speakers, locations, from, to, sort, limit, facets, n, offset, facetLimit);
  }
}
