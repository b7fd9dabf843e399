package de.presseschau.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What the extractor found in one article.
 *
 * @param date publication date; null when the article states none (a date is never guessed)
 * @param speakers people to whom statements are attributed, canonical full names
 * @param locations places named in the article, canonical German names
 * @param sources organisations to which statements are attributed (Nato, Interfax, ...), kept
 *     apart from people
 */
public record Extraction(
    LocalDate date, List<Entity> speakers, List<Entity> locations, List<Entity> sources) {

  public Extraction {
    speakers = List.copyOf(speakers);
    locations = List.copyOf(locations);
    sources = List.copyOf(sources);
  }

  /** Nothing found. */
  public static Extraction empty() {
    return new Extraction(null, List.of(), List.of(), List.of());
  }

  /** The canonical speaker names. */
  public List<String> speakerNames() {
    return speakers.stream().map(Entity::name).toList();
  }

  /** The canonical location names. */
  public List<String> locationNames() {
    return locations.stream().map(Entity::name).toList();
  }

  /** The canonical names of quoted organisations. */
  public List<String> sourceNames() {
    return sources.stream().map(Entity::name).toList();
  }
}
