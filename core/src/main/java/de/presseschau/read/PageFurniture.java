package de.presseschau.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes page furniture (comment prompts, share teasers, editorial notes, agency signatures)
 * from article text, keeping the agency or outlet they name as the article's source.
 *
 * <p>Works line by line: furniture sits on lines of its own in scraped articles, and a whole-line
 * rule cannot cut into a sentence of the story.
 */
public final class PageFurniture {

  /** Lines dropped whole (case-insensitive, matched against the trimmed line). */
  private static final List<Pattern> DROP =
      List.of(
          Pattern.compile("(?i)leave a reply|hinterlasse einen kommentar|kommentar schreiben"),
          Pattern.compile("(?i)source-\\d+"),
          Pattern.compile("(?i)folgen sie .{1,40} (bei|auf) (facebook|twitter|x|instagram|youtube|whatsapp).*"),
          Pattern.compile("(?i)erfahren sie hier mehr .*"),
          Pattern.compile("(?i)(lesen sie (auch|mehr)|mehr zum thema|auch interessant|weiterlesen)\\s*[:.].*"),
          Pattern.compile("\\+\\+\\+.*\\+\\+\\+"),
          Pattern.compile("(?i)(teilen|drucken|artikel teilen|zur startseite|nach oben)"));

  /** "kns/roj/news.de", "agenturen/pclmedia": lower-case signature parts joined by slashes. */
  private static final Pattern SLASH_SIGNATURE =
      Pattern.compile("[a-z0-9]{2,12}(/[a-z0-9.\\-]{2,30})+");
  /** "rrt-allgemeines": a short code and a section, no spaces. */
  private static final Pattern DASH_SIGNATURE = Pattern.compile("[a-z]{2,6}-[a-zäöü]{3,20}");
  /** "… Material der Deutschen Presse-Agentur (dpa) …": the agency in parentheses. */
  private static final Pattern AGENCY_NOTE =
      Pattern.compile("(?i)material (der|von) [^()]{2,60}\\((dpa|afp|reuters|ap|apa|kna|epd|sid|dts)\\)");
  private static final Pattern DOMAIN = Pattern.compile("[a-z0-9\\-]+\\.(de|at|ch|com|net|org|eu)");

  private PageFurniture() {}

  /**
   * The text without furniture lines, and the source they name (null when none is clear).
   *
   * @param text article text, lines separated by '\n'
   */
  public static Cleaned clean(String text) {
    List<String> kept = new ArrayList<>();
    String outlet = null;
    String agency = null;
    for (String line : text.split("\n", -1)) {
      String t = line.strip();
      Matcher agencyNote = AGENCY_NOTE.matcher(t);
      if (agencyNote.find()) {
        agency = agencyNote.group(2).toLowerCase(Locale.ROOT);
      }
      if (isSignature(t)) {
        Matcher domain = DOMAIN.matcher(t);
        String found = null;
        while (domain.find()) {
          found = domain.group();
        }
        if (found != null) {
          outlet = found;
        }
        continue;
      }
      if (DROP.stream().anyMatch(p -> p.matcher(t).matches())) {
        continue;
      }
      kept.add(line);
    }
    String source = outlet != null ? outlet : agency;
    return new Cleaned(joinTrimmed(kept), source);
  }

  private static boolean isSignature(String line) {
    return !line.isEmpty()
        && line.length() <= 40
        && (SLASH_SIGNATURE.matcher(line).matches() || DASH_SIGNATURE.matcher(line).matches());
  }

  /** Joins lines, collapsing runs of blank lines to one and trimming the ends. */
  private static String joinTrimmed(List<String> lines) {
    StringBuilder out = new StringBuilder();
    boolean blank = false;
    for (String line : lines) {
      if (line.isBlank()) {
        blank = true;
        continue;
      }
      if (!out.isEmpty()) {
        out.append(blank ? "\n\n" : "\n");
      }
      out.append(line.stripTrailing());
      blank = false;
    }
    return out.toString();
  }

  /**
   * Cleaned text.
   *
   * @param text the text without furniture
   * @param source agency or outlet named by the furniture; null when none is clear
   */
  public record Cleaned(String text, String source) {}
}
