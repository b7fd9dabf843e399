package de.presseschau.cli.command;

import de.presseschau.search.SortOrder;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --sort in the words the help uses: relevance or date, in any case. */
final class SortConverter implements ITypeConverter<SortOrder> {
  @Override
  public SortOrder convert(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "relevance", "relevanz" -> SortOrder.RELEVANCE;
      case "date", "datum" -> SortOrder.DATE;
      default -> throw new TypeConversionException("'" + value + "' is no order; use relevance or date");
    };
  }
}
