package de.presseschau.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each input, and the query model it becomes (see {@link QueryNode#toString()}). */
class QueryParserTest {

  private final QueryParser parser = new QueryParser();

  private String parsed(String text) throws QuerySyntaxException {
    return parser.parse(text, QueryMode.SYNTAX).toString();
  }

  @ParameterizedTest(name = "{0}  →  {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock = """
          Verbindungsbüro Japan             | (text:Verbindungsbüro text:Japan)
          Stoltenberg                       | text:Stoltenberg
          ''                                | *
          Japan AND Rakete                  | (+text:Japan +text:Rakete)
          Japan OR Rakete                   | (text:Japan text:Rakete)
          Japan -China                      | (text:Japan -text:China)
          -China                            | (#* -text:China)
          +Japan Rakete                     | (+text:Japan text:Rakete)
          Japan NOT China                   | (text:Japan -text:China)
          (Japan OR Korea) AND Rakete       | (+(text:Japan text:Korea) +text:Rakete)
          "Nato-Gipfel in Madrid"           | text:"Nato-Gipfel in Madrid"
          "Nato Gipfel"~3                   | text:"Nato Gipfel"~3
          "Nato Gipfel"~999                 | text:"Nato Gipfel"~50
          Japan^2 Rakete                    | (text:Japan^2 text:Rakete)
          titel:Asien                       | title:Asien
          TITEL:Asien                       | title:Asien
          title:"Kim Jong Un"               | title:"Kim Jong Un"
          text:Japan                        | body:Japan
          sprecher:Stoltenberg              | speaker:"Stoltenberg"
          ort:"New York"                    | location:"New York"
          quelle:dpa                        | source:dpa
          id:001                            | id:001
          Stolt*                            | text:Stolt*
          *büro                             | text:*büro
          M?ller                            | text:M?ller
          Stoltenbrg~                       | text:Stoltenbrg~2
          Wien~1                            | text:Wien~1
          Wien~5                            | text:Wien~1
          Wien~2                            | text:Wien~1
          Hauptstadt~5                      | text:Hauptstadt~2
          Al~                               | text:Al~0
          /[a-z]+büro/                      | text:/[a-z]+büro/
          datum:2023-03-01                  | date:[2023-03-01 TO 2023-03-01]
          datum:2023-03                     | date:[2023-03-01 TO 2023-03-31]
          jahr:2023                         | date:[2023-01-01 TO 2023-12-31]
          datum:[2023-01-01 TO 2023-06-30]  | date:[2023-01-01 TO 2023-06-30]
          datum:[2023-01-01 TO *]           | date:[2023-01-01 TO *]
          datum:{2022 TO 2024}              | date:[2023-01-01 TO 2023-12-31]
          datum:[* TO *]                    | *
          datum>=2023-05-01                 | date:[2023-05-01 TO *]
          jahr:[2020 TO 2022]               | date:[2020-01-01 TO 2022-12-31]
          *                                 | *
          *:*                               | *
          *:* -China                        | (* -text:China)
          """)
  void syntax(String input, String model) throws QuerySyntaxException {
    assertEquals(model, parsed(input == null ? "" : input));
  }

  @ParameterizedTest(name = "{0}  →  {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock = """
          Stoltenberg?                      | text:Stoltenberg?
          Wer ist Stoltenberg?              | (text:Wer text:ist text:Stoltenberg?)
          SPÖ/ÖVP                           | text:SPÖ/ÖVP
          Wien!                             | text:Wien!
          Wien^abc                          | text:Wien^abc
          Merkel (CDU                       | (text:Merkel text:(CDU)
          CDU)                              | text:CDU)
          Zitat: Merkel                     | (text:Zitat: text:Merkel)
          um 10:30 Uhr                      | (text:um text:10:30 text:Uhr)
          Wien - Berlin                     | (text:Wien text:- text:Berlin)
          Japan *                           | (text:Japan text:*)
          C++ und C#                        | (text:C++ text:und text:C#)
          a=b                               | text:a=b
          [Update] Wien                     | (text:[Update] text:Wien)
          mail@example.org                  | text:mail@example.org
          ~Wien                             | text:~Wien
          """)
  void naturalTextIsSearchedAsWords(String input, String model) throws QuerySyntaxException {
    assertEquals(model, parsed(input));
  }

  @ParameterizedTest(name = "{0}  →  {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock = """
          "Nato Gipfel                      | the quote at column 1 is not closed
          Wien "Nato                        | the quote at column 6 is not closed
          titl:Asien                        | unknown field 'titl:' at column 1
          jahr:abc                          | not a year: 'abc' at column 6
          datum:foo                         | not a date: 'foo' at column 7
          datum:2023-02-30                  | not a date: '2023-02-30' at column 7
          datum:[2023-12-31 TO 2023-01-01]  | the range starts after it ends
          titel:[a TO b]                    | a range works on datum or jahr
          Japan AND                         | the query ends too early, after 'AND'
          Japan OR OR Korea                 | unexpected 'OR' at column 10
          datum:2023~                       | ~ works on words, not on datum:
          "Nato Gipfel"~044444444444444444  | a number after ~ or ^ is too large
          """)
  void deliberateSyntaxErrorsSayWhereAndWhy(String input, String message) {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> parsed(input));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
    assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("Exception"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock = """
          Wer ist Stoltenberg?  | (text:Wer text:ist text:Stoltenberg?)
          titel:Asien AND "x    | (text:titel:Asien text:AND text:"x)
          Wien~5 (              | (text:Wien~5 text:()
          """)
  void plainModeHasNoSyntax(String input, String model) throws QuerySyntaxException {
    assertEquals(model, parser.parse(input, QueryMode.PLAIN).toString());
  }

  @org.junit.jupiter.api.Test
  void limitsAreOneClearLine() {
    String nested = "(".repeat(2000) + "Wien" + ")".repeat(2000);
    assertTrue(assertThrows(QuerySyntaxException.class, () -> parsed(nested)).getMessage()
        .startsWith("brackets are nested more than 20 deep"));
    String huge = "Wien ".repeat(30_000);
    assertTrue(assertThrows(QuerySyntaxException.class, () -> parsed(huge)).getMessage()
        .contains("at most 10000 are allowed"));
    // Found by the fuzzer: a line break in the echoed text made the message two lines.
    String echoed = assertThrows(QuerySyntaxException.class, () -> parsed("jahr:\"_2!\n!! \"")).getMessage();
    assertEquals("not a year: '_2! !! ' at column 7 (use four digits, e.g. jahr:2023)", echoed);
    String many = "Wien OR ".repeat(1000) + "Graz";
    assertTrue(assertThrows(QuerySyntaxException.class, () -> parsed(many)).getMessage()
        .contains("at most 150 are searched together"));
  }
}
