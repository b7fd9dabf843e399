package de.presseschau.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same ranking clauses for a query however it is written. */
class QueryRewriteTest {

  private static final Set<String> STOP = Set.of("des", "und", "ist", "wer");

  private final QueryRewrite rewrite =
      new QueryRewrite(new QueryRewrite.Options(0.5f, 4, true, true, 2f), w -> STOP.contains(w.toLowerCase()));

  private String rewritten(String text) throws QuerySyntaxException {
    return rewrite.rewrite(new QueryParser().parse(text, QueryMode.SYNTAX)).toString();
  }

  @ParameterizedTest(name = "{0}  →  {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock = """
          Stoltenbrg              | (text:Stoltenbrg typo(words:Stoltenbrg)^2)
          Japan Rakete            | ((text:Japan typo(words:Japan)^2) (text:Rakete typo(words:Rakete)^2) words:"Japan Rakete"~4^0.5 words:Japanrakete^2)
          Japan AND Rakete        | (+(text:Japan typo(words:Japan)^2) +(text:Rakete typo(words:Rakete)^2) words:"Japan Rakete"~4^0.5 words:Japanrakete^2)
          Amtsperiode des Präsidenten? | ((text:Amtsperiode typo(words:Amtsperiode)^2) (text:des typo(words:des)^2) (text:Präsidenten? typo(words:Präsidenten?)^2) words:"Amtsperiode Präsidenten"~4^0.5 words:Amtsperiodedes^2 words:despräsidenten^2)
          "Nato Gipfel"           | text:"Nato Gipfel"
          Stolt* Japan            | (text:Stolt* (text:Japan typo(words:Japan)^2))
          titel:Japan Rakete      | (title:Japan (text:Rakete typo(words:Rakete)^2))
          """)
  void addsProximityJoinedWordsAndTypos(String input, String model) throws QuerySyntaxException {
    assertEquals(model, rewritten(input));
  }

  @org.junit.jupiter.api.Test
  void switchedOffItAddsNothing() throws QuerySyntaxException {
    QueryRewrite off = new QueryRewrite(new QueryRewrite.Options(0f, 4, false, false, 2f), w -> false);
    QueryNode q = new QueryParser().parse("Japan AND Rakete", QueryMode.SYNTAX);
    assertEquals(q, off.rewrite(q));
  }
}
