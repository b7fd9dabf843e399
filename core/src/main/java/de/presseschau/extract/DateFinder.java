package de.presseschau.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date only where the text states it: after a marker ("Aktualisiert:",
 * "Veröffentlicht am", "Stand:"), in a dateline ("Berlin, 29.01.2023") or on a line of its own.
 * A date without a year, or a weekday, is never a publication date.
 */
final class DateFinder {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("jan", 1), Map.entry("februar", 2),
          Map.entry("feber", 2), Map.entry("feb", 2), Map.entry("märz", 3), Map.entry("mär", 3), Map.entry("april", 4),
          Map.entry("apr", 4), Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7),
          Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
          Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("oktober", 10), Map.entry("okt", 10),
          Map.entry("november", 11), Map.entry("nov", 11), Map.entry("dezember", 12), Map.entry("dez", 12));

  private static final String DATE =
      "(?:(\\d{1,2})\\.\\s*(Januar|Jänner|Jan|Februar|Feber|Feb|März|Mär|April|Apr|Mai|Juni|Jun|Juli|Jul|August|Aug"
          + "|September|Sept|Sep|Oktober|Okt|November|Nov|Dezember|Dez)\\.?\\s+(\\d{4})"
          + "|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})"
          + "|(\\d{4})-(\\d{2})-(\\d{2}))";

  // Case matters: "Stand:" is a marker, "stand am 3. Mai 2020" (the verb) is not.
  private static final Pattern MARKER =
      Pattern.compile("(?:[Aa]ktualisiert|[Vv]eröffentlicht|Erstellt|Publiziert|Stand|Datum|Erschienen)"
          + "(?:\\s+(?:am|vom))?\\s*:?\\s*(?:\\p{L}+,?\\s+)?" + DATE);
  private static final Pattern DATELINE =
      Pattern.compile("(?m)^\\p{Lu}[\\p{L}./ -]{1,40}(?:\\s*\\([^)]{1,20}\\))?,\\s+(?:\\p{L}+,\\s+)?" + DATE + "\\b");
  private static final Pattern OWN_LINE =
      Pattern.compile("(?m)^\\s*(?:\\p{L}+,\\s+)?" + DATE + "(?:[,\\s]+(?:um\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?)?\\s*$");

  private DateFinder() {}

  static LocalDate find(String text) {
    for (Pattern p : new Pattern[] {MARKER, DATELINE, OWN_LINE}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        LocalDate d = date(m);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static LocalDate date(Matcher m) {
    int g = m.groupCount() - 9;
    try {
      if (m.group(g + 1) != null) {
        return LocalDate.of(Integer.parseInt(m.group(g + 3)), MONTHS.get(m.group(g + 2).toLowerCase(Locale.ROOT)),
            Integer.parseInt(m.group(g + 1)));
      }
      if (m.group(g + 4) != null) {
        return LocalDate.of(Integer.parseInt(m.group(g + 6)), Integer.parseInt(m.group(g + 5)),
            Integer.parseInt(m.group(g + 4)));
      }
      return LocalDate.of(Integer.parseInt(m.group(g + 7)), Integer.parseInt(m.group(g + 8)),
          Integer.parseInt(m.group(g + 9)));
    } catch (DateTimeException | NullPointerException e) {
      return null;
    }
  }
}
