package de.presseschau.extract;

/**
 * Where an entity is named in an article.
 *
 * @param start offset of the first character in {@link de.presseschau.read.Article#fullText()}
 * @param end offset after the last character
 * @param text the text between the two offsets, as written (e.g. "Tokios", "Herr Stoltenberg")
 * @param cue for a speaker or quoted organisation, the word that attributes the statement to
 *     this mention ("sagte", "laut", "zufolge", ":"), so a reader can see why; null for a plain
 *     mention
 */
public record Mention(int start, int end, String text, String cue) {
  public Mention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention span " + start + ".." + end);
    }
  }

  /** A plain mention, without a cue. */
  public Mention(int start, int end, String text) {
    this(start, end, text, null);
  }
}
