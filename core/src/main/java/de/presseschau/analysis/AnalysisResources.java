package de.presseschau.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes what the analysis would otherwise make at a process's first search beside the compiled
 * classes: the compound dictionary's tries (one per folding) and the folded stop-word lists (one
 * per stop-word and folding option). The build runs it (core/pom.xml) so that the jar holds them;
 * a process then reads them instead of folding, sorting and walking word lists, which a cold
 * search paid for anew each time.
 */
final class AnalysisResources {
  private AnalysisResources() {}

  /**
   * A resource the build stored beside this class, or null where it did not (classes compiled
   * outside Maven: the caller then makes the data from its sources, as the build did).
   */
  static byte[] stored(String name) {
    try (InputStream in = AnalysisResources.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stored analysis resource " + name, e);
    }
  }

  /** @param args the folder of the package's resources in the build's classes */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: AnalysisResources FOLDER");
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    for (boolean accents : new boolean[] {false, true}) {
      Files.write(dir.resolve(Decompounder.trieResource(accents)), Decompounder.buildTrie(accents).toBytes());
      for (boolean questions : new boolean[] {false, true}) {
        Files.write(dir.resolve(GermanStopWords.resource(questions, accents)),
            GermanStopWords.folded(questions, accents));
      }
    }
  }
}
