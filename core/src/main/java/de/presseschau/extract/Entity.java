package de.presseschau.extract;

import java.util.List;

/**
 * A person, place or organisation found in an article, under one canonical name.
 *
 * @param name canonical name ("Jens Stoltenberg", "Tokio")
 * @param mentions where it is named, in text order
 */
public record Entity(String name, List<Mention> mentions) {
  public Entity {
    mentions = List.copyOf(mentions);
  }
}
