package de.presseschau.extract;

/**
 * Where an entity is named in an article.
 *
 * @param start offset of the first character in {@link de.presseschau.read.Article#fullText()}
 * @param end offset after the last character
 * @param text the text between the two offsets, as written (e.g. "Tokios", "Herr Stoltenberg")
 */
public record Mention(int start, int end, String text) {
  public Mention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention span " + start + ".." + end);
    }
  }
}
