package de.presseschau.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.presseschau.query.QueryMode;
import de.presseschau.query.QueryParser;
import de.presseschau.query.QuerySyntaxException;

/** Any text is a query or one clear error: never another exception, never a hang. */
class QueryParserFuzzTest {

  private static final QueryParser PARSER = new QueryParser();

  @FuzzTest(maxDuration = "15s")
  void anyTextParsesOrFailsWithOneLine(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    for (QueryMode mode : QueryMode.values()) {
      try {
        PARSER.parse(text, mode);
      } catch (QuerySyntaxException e) {
        if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
          throw new AssertionError("not one line: " + e.getMessage());
        }
      }
    }
  }
}
