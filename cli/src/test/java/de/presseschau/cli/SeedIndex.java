package de.presseschau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An index of the five seed articles built with `search index`, and commands run against it. */
final class SeedIndex {
  private static final ObjectMapper JSON = new ObjectMapper();

  final String dir;

  private SeedIndex(String dir) {
    this.dir = dir;
  }

  /** Builds the index in {@code folder}/idx. */
  static SeedIndex build(Path folder) {
    String dir = folder.resolve("idx").toString();
    Cli.Run r = Cli.run("index", "--index", dir, Cli.seeds().toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("Indexed 5 articles"), r.err());
    return new SeedIndex(dir);
  }

  /** `search --index DIR args…`. */
  Cli.Run search(String... args) {
    List<String> all = new ArrayList<>(List.of("--index", dir));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  /** `search --index DIR --json args…`, parsed. */
  JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--json"));
    all.addAll(List.of(args));
    return JSON.readTree(search(all.toArray(String[]::new)).out());
  }

  /** The hit ids of a JSON result, in rank order. */
  static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }
}
