package de.presseschau.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One matching article.
 *
 * @param rank 1-based position in the result
 * @param id article id
 * @param score relevance score (NaN when sorted by date)
 * @param title headline, or the start of the text when the article has none
 * @param date publication date; null when unknown
 * @param speakers people quoted
 * @param locations places named
 * @param source agency or outlet; null when unknown
 * @param snippets passages with the matched words marked
 */
public record Hit(
    int rank,
    String id,
    float score,
    String title,
    LocalDate date,
    List<String> speakers,
    List<String> locations,
    String source,
    List<Snippet> snippets) {

  public Hit {
    speakers = List.copyOf(speakers);
    locations = List.copyOf(locations);
    snippets = List.copyOf(snippets);
  }
}
