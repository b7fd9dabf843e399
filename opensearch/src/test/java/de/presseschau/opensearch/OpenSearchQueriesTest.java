package de.presseschau.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.presseschau.analysis.AnalysisOptions;
import de.presseschau.analysis.Analyzers;
import de.presseschau.analysis.Decompounder;
import de.presseschau.query.QueryMode;
import de.presseschau.query.QueryNode;
import de.presseschau.query.QueryNode.Scope;
import de.presseschau.query.QueryParser;
import de.presseschau.search.RankingOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The query model in OpenSearch's DSL: what each kind of node becomes (JSON compared as text). */
class OpenSearchQueriesTest {

  private final OpenSearchQueries queries =
      new OpenSearchQueries(
          new ObjectMapper(),
          Analyzers.perField(AnalysisOptions.defaults(), Decompounder.load()),
          new RankingOptions(1f, 1f, 2f, 0.9f, 0.4f, 0f, 4, false, false));

  private String dsl(QueryNode node) {
    return queries.render(node, Set.of()).toString();
  }

  private String dsl(String syntax) throws Exception {
    return dsl(new QueryParser().parse(syntax, QueryMode.SYNTAX));
  }

  @Test
  void aWordSearchesTitleBodyAndWholeWordsWithTheirWeights() {
    assertEquals(
        "{\"bool\":{\"should\":[{\"match\":{\"title\":{\"query\":\"Japan\"}}},{\"match\":{\"body\":{\"query\":\"Japan\"}}},"
            + "{\"match\":{\"whole\":{\"boost\":2.0,\"query\":\"Japan\"}}}]}}",
        dsl(new QueryNode.Term(Scope.TEXT, "Japan")));
  }

  @Test
  void phrasesOnTitleAndBodyAreAnalysedAsWholeWords() throws Exception {
    String q = dsl("title:\"Verbindungsbüro in Japan\"~2");
    assertEquals(
        "{\"match_phrase\":{\"title\":{\"query\":\"Verbindungsbüro in Japan\",\"slop\":2,\"analyzer\":\"presseschau_whole\"}}}", q);
  }

  @Test
  void stopWordsAloneAreLeftOutAsInLucene() {
    QueryNode q = new QueryNode.Bool(List.of(
        new QueryNode.Clause(QueryNode.Occur.MUST, new QueryNode.Term(Scope.TEXT, "und")),
        new QueryNode.Clause(QueryNode.Occur.MUST, new QueryNode.Term(Scope.TITLE, "Nato"))));
    assertEquals("{\"bool\":{\"must\":[{\"match\":{\"title\":{\"query\":\"Nato\"}}}]}}", dsl(q));
  }

  @Test
  void onlyExcludedWordsMatchNothing() {
    QueryNode q = new QueryNode.Bool(List.of(
        new QueryNode.Clause(QueryNode.Occur.MUST_NOT, new QueryNode.Term(Scope.TITLE, "Nato"))));
    assertEquals("{\"match_none\":{}}", dsl(q));
  }

  @Test
  void patternsAreFoldedLikeTheFieldsWords() throws Exception {
    assertEquals("{\"prefix\":{\"body\":{\"value\":\"burg\"}}}", dsl("text:Bürg*"));
  }

  @Test
  void dateRangesAndIdsAreExact() throws Exception {
    assertEquals(
        "{\"range\":{\"date\":{\"gte\":\"2023-01-01\",\"lte\":\"2023-12-31\"}}}",
        dsl(new QueryNode.DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))));
    assertEquals("{\"term\":{\"id\":\"003_x\"}}", dsl(new QueryNode.Term(Scope.ID, "003_x")));
  }

  @Test
  void aTypoWordIsFuzzyUnlessTheIndexKnowsIt() {
    QueryNode typo = new QueryNode.Typo(Scope.TEXT, "Hauptsatd");
    assertEquals(Set.of("hauptsatd"), queries.typoWords(typo));
    assertEquals(
        "{\"fuzzy\":{\"whole\":{\"value\":\"hauptsatd\",\"fuzziness\":\"2\",\"prefix_length\":2,\"max_expansions\":10,"
            + "\"transpositions\":true}}}",
        dsl(typo));
    assertEquals("{\"match_none\":{}}", queries.render(typo, Set.of("hauptsatd")).toString());
  }

  @Test
  void boostsWrapTheirQuery() throws Exception {
    assertEquals("{\"bool\":{\"must\":[{\"match\":{\"title\":{\"query\":\"Nato\"}}}],\"boost\":3.0}}", dsl("title:Nato^3"));
  }
}
