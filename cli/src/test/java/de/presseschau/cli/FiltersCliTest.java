package de.presseschau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.presseschau.read.Article;
import de.presseschau.read.ArticleReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters, facets and sorting on the extracted metadata of the seeds, and `extract`. */
class FiltersCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static SeedIndex seeds;
  static String index;

  @BeforeAll
  static void buildIndex() {
    seeds = SeedIndex.build(tmp);
    index = seeds.dir;
  }

  private static Cli.Run search(String... args) {
    return seeds.search(args);
  }

  private static JsonNode json(String... args) throws Exception {
    return seeds.json(args);
  }

  private static List<String> ids(JsonNode result) {
    return SeedIndex.ids(result);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void hitsCarryDateSpeakersAndLocations() throws Exception {
    JsonNode hit = json("--limit", "1", "Jens Stoltenberg Seoul Südkorea Asien").get("hits").get(0);
    assertEquals("000_08eac7061dea31a1", hit.get("id").asText());
    assertEquals("2023-01-29", hit.get("date").asText());
    assertEquals(List.of("Jens Stoltenberg"), texts(hit.get("speakers")));
    assertTrue(texts(hit.get("locations")).containsAll(List.of("Seoul", "Südkorea", "Tokio")), hit.toString());
  }

  @Test
  void speakerFilterTakesAFullOrALastName() throws Exception {
    assertEquals(List.of("002_861196e666d19307"), ids(json("--speaker", "Kim Sung-han", "Nato")));
    assertEquals(List.of("003_3383e3607a9eb9dd"), ids(json("--speaker", "Seol-hwa", "Japan")));
    assertTrue(ids(json("--speaker", "Stoltenberg", "Nato")).size() >= 3);
    // Kishida is only mentioned in 000; in 004 a that-clause is attributed to him.
    assertEquals(List.of("004_6649c5ff55181b67"), ids(json("--speaker", "Kishida", "Japan")));
  }

  @Test
  void speakerAndPlaceFieldsInTheQuery() throws Exception {
    assertEquals(List.of("002_861196e666d19307"), ids(json("sprecher:\"Kim Sung-han\"")));
    assertTrue(ids(json("ort:Tokio")).containsAll(List.of("000_08eac7061dea31a1", "003_3383e3607a9eb9dd")));
  }

  @Test
  void locationFilterMatchesTheCanonicalNameOfInflectedMentions() throws Exception {
    // 003 writes "Tokios Pläne"; the location is Tokio.
    assertTrue(ids(json("--location", "Tokio", "Verbindungsbüro")).contains("003_3383e3607a9eb9dd"));
    assertEquals(List.of("002_861196e666d19307"), ids(json("--location", "Madrid", "Nato")));
  }

  @Test
  void dateFiltersAndDateSortKeepUndatedArticlesApart() throws Exception {
    assertEquals(List.of("000_08eac7061dea31a1"), ids(json("--from", "2023-01-01", "--to", "2023-01-31", "Nato")));
    assertEquals(0, json("--from", "2024-01-01", "Nato").get("total").asInt());
    assertEquals("000_08eac7061dea31a1", ids(json("--sort", "date", "Nato")).getFirst(), "the one dated article first");
  }

  @Test
  void facetsCountSpeakersLocationsAndYears() throws Exception {
    JsonNode f = json("--facets", "Nato").get("facets");
    JsonNode top = f.get("speakers").get(0);
    assertEquals("Jens Stoltenberg", top.get("value").asText());
    assertTrue(top.get("count").asInt() >= 3, f.toString());
    assertEquals("2023", f.get("years").get(0).get("value").asText());
    assertTrue(f.get("locations").size() > 3);
    Cli.Run human = Cli.run("--index", index, "--facets", "Nato");
    assertTrue(human.out().contains("speakers: Jens Stoltenberg ("), human.out());
  }

  @Test
  void extractShowsEachEntityWithMentionsThatPointIntoTheArticle() throws Exception {
    Path seed = Cli.seeds().resolve("002_861196e666d19307.txt");
    Cli.Run r = Cli.run("extract", "--json", seed.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode x = JSON.readTree(r.out());
    Article article = new ArticleReader().readAll(List.of(seed), p -> {}).getFirst();
    String text = article.fullText();
    List<String> speakers = new ArrayList<>();
    for (JsonNode e : x.get("speakers")) {
      speakers.add(e.get("name").asText());
      boolean why = false;
      for (JsonNode m : e.get("mentions")) {
        assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
        why |= m.hasNonNull("cue");
      }
      assertTrue(why, "each speaker shows the word that made it one: " + e);
    }
    assertEquals(List.of("Kim Sung-han", "Jens Stoltenberg"), speakers);
    for (JsonNode e : x.get("locations")) {
      for (JsonNode m : e.get("mentions")) {
        assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
      }
    }
    Cli.Run human = Cli.run("extract", seed.toString());
    assertTrue(human.out().contains("speakers:      Kim Sung-han"), human.out());
  }
}
