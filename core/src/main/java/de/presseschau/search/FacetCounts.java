package de.presseschau.search;

import java.util.List;

/**
 * How many matching articles have each speaker, location and year, most frequent first.
 *
 * @param speakers counts by speaker
 * @param locations counts by location
 * @param years counts by publication year
 */
public record FacetCounts(List<Count> speakers, List<Count> locations, List<Count> years) {

  public FacetCounts {
    speakers = List.copyOf(speakers);
    locations = List.copyOf(locations);
    years = List.copyOf(years);
  }

  /** No counts (facets were not asked for). */
  public static FacetCounts none() {
    return new FacetCounts(List.of(), List.of(), List.of());
  }

  /**
   * One value and its number of matching articles.
   *
   * @param value a name or a year
   * @param count matching articles with that value
   */
  public record Count(String value, int count) {}
}
