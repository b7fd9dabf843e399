package de.presseschau.cli.print;

import de.presseschau.search.FacetCounts;
import de.presseschau.search.Hit;
import de.presseschau.search.SearchResult;
import de.presseschau.search.Snippet;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints search results for people: per hit rank, title, date, speakers, locations, id and the
 * snippets with matches highlighted (bold red on a terminal, plain otherwise).
 */
public final class HitPrinter {

  /** Longer snippets are cut around their first match. */
  static final int MAX_SNIPPET = 280;

  private final PrintStream out;
  private final PrintStream talk;
  private final Styles styles;

  /**
   * @param out where the hits go
   * @param talk where the count line and "No articles match." go (like ripgrep, results on
   *     stdout and talk on stderr, so that {@code search x | wc -l} counts hits only)
   */
  public HitPrinter(PrintStream out, PrintStream talk, Styles styles) {
    this.out = out;
    this.talk = talk;
    this.styles = styles;
  }

  public void print(SearchResult result, boolean facets) {
    if (result.partial()) {
      talk.println("The search hit its time limit; what follows covers part of the archive only.");
    }
    if (result.total() == 0) {
      talk.println("No articles match.");
    } else {
      int first = result.hits().isEmpty() ? 0 : result.hits().getFirst().rank();
      int last = result.hits().isEmpty() ? 0 : result.hits().getLast().rank();
      String showing = result.hits().isEmpty() ? "showing none" : first == 1
          ? "showing " + last : "showing " + first + "–" + last;
      talk.printf(Locale.ROOT, "%s%d %s, %s%n", result.totalExact() ? "" : "at least ", result.total(),
          result.total() == 1 ? "article matches" : "articles match", showing);
    }
    boolean firstHit = true;
    for (Hit hit : result.hits()) {
      if (!firstHit) {
        out.println();
      }
      firstHit = false;
      printHit(hit);
    }
    if (facets) {
      printFacets(result.facets(), !result.hits().isEmpty());
    }
    talk.flush();
  }

  private void printHit(Hit hit) {
    out.println(styles.title(hit.rank() + ". " + Printable.clean(hit.title())));
    StringBuilder meta = new StringBuilder("   ");
    meta.append(hit.date() == null ? "no date" : hit.date().toString());
    meta.append("  ").append(styles.dim(Printable.clean(hit.id())));
    if (hit.source() != null) {
      meta.append("  ").append(styles.dim(Printable.clean(hit.source())));
    }
    out.println(meta);
    if (!hit.speakers().isEmpty()) {
      out.println("   " + styles.label("speakers: ") + Printable.clean(String.join(", ", hit.speakers())));
    }
    if (!hit.locations().isEmpty()) {
      out.println("   " + styles.label("locations: ") + Printable.clean(abbreviate(hit.locations(), 8)));
    }
    for (Snippet snippet : hit.snippets()) {
      out.println("   " + render(cut(snippet)));
    }
  }

  private String render(Snippet snippet) {
    return snippet.render(Printable::clean, s -> styles.match(Printable.clean(s)));
  }

  /** A long snippet shortened around its first match, on word boundaries. */
  static Snippet cut(Snippet s) {
    String text = s.text();
    if (text.length() <= MAX_SNIPPET) {
      return s;
    }
    int anchor = s.highlights().isEmpty() ? 0 : s.highlights().getFirst().start();
    int from = Math.max(0, anchor - MAX_SNIPPET / 3);
    if (from > 0) {
      int space = text.indexOf(' ', from);
      from = space < 0 || space > anchor ? from : space + 1;
    }
    int to = Math.min(text.length(), from + MAX_SNIPPET);
    if (to < text.length()) {
      int space = text.lastIndexOf(' ', to);
      to = space > from ? space : to;
    }
    // No second ellipsis where the text has one already.
    String prefix = from > 0 && !text.startsWith("…", from) ? "… " : "";
    String suffix = to < text.length() && !text.substring(from, to).stripTrailing().endsWith("…") ? " …" : "";
    int shift = prefix.length() - from;
    int begin = from;
    int end = to;
    List<Snippet.Highlight> marks =
        s.highlights().stream()
            .filter(h -> h.start() >= begin && h.end() <= end)
            .map(h -> new Snippet.Highlight(h.start() + shift, h.end() + shift))
            .toList();
    return new Snippet(prefix + text.substring(from, to) + suffix, marks);
  }

  private static String abbreviate(List<String> names, int max) {
    if (names.size() <= max) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, max)) + ", … (" + (names.size() - max) + " more)";
  }

  private void printFacets(FacetCounts facets, boolean afterHits) {
    if (afterHits) {
      out.println();
    }
    printFacet("speakers", facets.speakers());
    printFacet("locations", facets.locations());
    printFacet("years", facets.years());
  }

  private void printFacet(String name, List<FacetCounts.Count> counts) {
    String values =
        counts.isEmpty()
            ? "-"
            : counts.stream().map(c -> c.value() + " (" + c.count() + ")").collect(Collectors.joining(", "));
    out.println(styles.label(name + ": ") + values);
  }
}
