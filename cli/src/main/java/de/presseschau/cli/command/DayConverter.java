package de.presseschau.cli.command;

import de.presseschau.query.QueryParser;
import de.presseschau.query.QuerySyntaxException;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --from and --to: a day, a month (2023-06) or a year (2023), as the query's datum: does. */
abstract class DayConverter implements ITypeConverter<LocalDate> {

  private final boolean end;

  DayConverter(boolean end) {
    this.end = end;
  }

  @Override
  public LocalDate convert(String value) {
    try {
      return QueryParser.parseDay(value, end, 0);
    } catch (QuerySyntaxException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** A month or year means its first day. */
  static final class First extends DayConverter {
    First() {
      super(false);
    }
  }

  /** A month or year means its last day. */
  static final class Last extends DayConverter {
    Last() {
      super(true);
    }
  }
}
