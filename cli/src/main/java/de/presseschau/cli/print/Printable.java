package de.presseschau.cli.print;

/**
 * Article text made safe for a terminal: control characters (ESC, BEL, NUL, the C1 range…) would
 * let an article move the cursor, recolour or retitle the user's terminal; each becomes U+FFFD.
 * Line breaks and tabs stay.
 */
public final class Printable {

  private Printable() {}

  /** The text with every control character but tab and line break replaced. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
      if (control && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(control ? '\uFFFD' : c);
      }
    }
    return out == null ? text : out.toString();
  }
}
