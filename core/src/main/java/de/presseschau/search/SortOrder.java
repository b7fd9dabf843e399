package de.presseschau.search;

/** Order of the hits. */
public enum SortOrder {
  /** Best match first. */
  RELEVANCE,
  /** Newest first; articles without a date last. */
  DATE
}
