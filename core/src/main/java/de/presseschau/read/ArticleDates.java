package de.presseschau.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as JSONL files write them: ISO days ({@code 2016-03-01}), ISO date-times
 * ({@code 2016-03-01T10:00:00Z}, {@code 2016-03-01 10:00}), {@code 2016/03/01} and German days
 * ({@code 1.3.2016}). The day is taken as written (a time zone does not move it).
 */
final class ArticleDates {

  /** Outside these years a date is a typo or a placeholder (0001-01-01), not a publication day. */
  static final int FIRST_YEAR = 1800;
  static final int LAST_YEAR = 2200;

  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ].*)?");
  private static final Pattern GERMAN = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?:,?\\s.*)?");

  private ArticleDates() {}

  /** The day, or an explanation of why the text is none. */
  static LocalDate parse(String text) throws ArticleReader.BadInput {
    String t = text.strip();
    Matcher iso = ISO.matcher(t);
    Matcher german = GERMAN.matcher(t);
    int year;
    int month;
    int day;
    if (iso.matches()) {
      year = Integer.parseInt(iso.group(1));
      month = Integer.parseInt(iso.group(2));
      day = Integer.parseInt(iso.group(3));
    } else if (german.matches()) {
      year = Integer.parseInt(german.group(3));
      month = Integer.parseInt(german.group(2));
      day = Integer.parseInt(german.group(1));
    } else {
      throw new ArticleReader.BadInput("\"date\" '" + text + "' is no date (use YYYY-MM-DD)");
    }
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new ArticleReader.BadInput("\"date\" '" + text + "' is out of range (" + FIRST_YEAR + "–" + LAST_YEAR + ")");
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new ArticleReader.BadInput("\"date\" '" + text + "' is no real day");
    }
  }
}
