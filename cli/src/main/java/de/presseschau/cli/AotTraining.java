package de.presseschau.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The training run for the JVM's ahead-of-time cache (JDK 25, JEP 483/514/515), started by the
 * launcher with {@code -Dpresseschau.aot.training=INDEX}: the reading commands (search in its
 * modes, show, stats, batch) over the seed articles, indexed into INDEX beforehand by a run of its
 * own. The cache loads every class it holds at each start, so it holds what a search needs and
 * nothing else: no extractor, no indexing chain (an index run is long; it loads those itself).
 * Output goes nowhere.
 */
final class AotTraining {

  private AotTraining() {}

  static void run(Path index) {
    PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Terminal quiet = new Terminal(none, none, false, false, Map.of());
    Terminal coloured = new Terminal(none, none, true, false, Map.of());
    String idx = index.toString();
    for (int i = 0; i < 3; i++) { // a few rounds, so that the profiles see the hot paths
      Main.run(coloured, "--index", idx, "Verbindungsbüro Japan");
      Main.run(quiet, "--index", idx, "--json", "--facets", "Stoltenberg Seoul");
      Main.run(quiet, "--index", idx, "--plain", "Wer ist Stoltenberg?");
      Main.run(quiet, "--index", idx, "--sort", "date", "--speaker", "Stoltenberg", "titel:Asien OR Nato*");
      Main.run(quiet, "--index", idx, "Stoltenbrg");
      Main.run(quiet, "--index", idx, "show", "003_3383e3607a9eb9dd");
      Main.run(quiet, "--index", idx, "stats");
      Main.run(quiet, new ByteArrayInputStream("Japan\nNato Gipfel\n".getBytes(StandardCharsets.UTF_8)),
          "--index", idx, "batch");
    }
    Main.run(quiet, "--help");
  }
}
