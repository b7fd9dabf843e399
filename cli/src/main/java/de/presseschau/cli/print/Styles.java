package de.presseschau.cli.print;

import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/** Terminal styling through picocli's ANSI styles; plain text when colour is off. */
public record Styles(boolean enabled) {

  public String match(String s) {
    return wrap(s, Style.bold, Style.fg_red);
  }

  public String title(String s) {
    return wrap(s, Style.bold);
  }

  public String dim(String s) {
    return wrap(s, Style.faint);
  }

  public String label(String s) {
    return wrap(s, Style.fg_cyan);
  }

  private String wrap(String s, IStyle... styles) {
    return enabled ? Style.on(styles) + s + Style.off(styles) + Style.reset.on() : s;
  }
}
