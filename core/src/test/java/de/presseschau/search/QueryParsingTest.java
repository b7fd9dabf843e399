package de.presseschau.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryParsingTest {

  @Test
  void wordsWithoutSyntaxAreRankedLikePlainQueries() {
    assertTrue(QueryParsing.isJustWords("Verbindungsbüro Japan"));
    assertTrue(QueryParsing.isJustWords("Nato-Gipfel in Madrid, 2023"));
    assertTrue(QueryParsing.isJustWords("„Kim Sung-han“ und die NATO."));
  }

  @Test
  void anySyntaxGoesThroughTheQueryParser() {
    assertFalse(QueryParsing.isJustWords("\"Nato-Gipfel in Madrid\""));
    assertFalse(QueryParsing.isJustWords("Japan AND Rakete"));
    assertFalse(QueryParsing.isJustWords("Japan -China"));
    assertFalse(QueryParsing.isJustWords("titel:Asien"));
    assertFalse(QueryParsing.isJustWords("Stolt*"));
    assertFalse(QueryParsing.isJustWords("Stoltenbrg~"));
    assertFalse(QueryParsing.isJustWords("(Nato"));
  }
}
