package de.presseschau.search;

import java.util.List;
import java.util.function.Function;

/**
 * A passage of an article (usually a sentence) with the matched words marked.
 *
 * @param text the passage
 * @param highlights matched ranges within {@code text}, in order, not overlapping
 */
public record Snippet(String text, List<Highlight> highlights) {

  public Snippet {
    highlights = List.copyOf(highlights);
  }

  /**
   * A matched range.
   *
   * @param start offset of the first matched character in the snippet text
   * @param end offset after the last
   */
  public record Highlight(int start, int end) {}

  /** The text with each match wrapped, e.g. {@code render("<mark>", "</mark>")}. */
  public String render(String open, String close) {
    return render(Function.identity(), s -> open + s + close);
  }

  /**
   * The text with plain parts and matches transformed separately (for escaping and colouring).
   */
  public String render(Function<String, String> plain, Function<String, String> match) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Highlight h : highlights) {
      out.append(plain.apply(text.substring(at, h.start())));
      out.append(match.apply(text.substring(h.start(), h.end())));
      at = h.end();
    }
    out.append(plain.apply(text.substring(at)));
    return out.toString();
  }
}
