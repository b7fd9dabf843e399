package de.presseschau.query;

/** How the query text is read. */
public enum QueryMode {
  /** Words, "phrases", AND/OR/NOT, -word, field prefixes (titel:, sprecher:, ort:, datum:[… TO …]). */
  SYNTAX,
  /** Plain words: nothing is syntax, so questions like "Wie viele …?" never fail. */
  PLAIN
}
