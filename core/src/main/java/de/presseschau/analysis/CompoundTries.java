package de.presseschau.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the compound dictionary's tries, one per folding, beside the compiled classes; the
 * build runs it (core/pom.xml) so that the jar holds them. A process then reads a trie in one
 * bulk copy instead of folding, sorting and walking the word list on its first search.
 */
final class CompoundTries {
  private CompoundTries() {}

  /** @param args the folder of the package's resources in the build's classes */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompoundTries FOLDER");
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    for (boolean accents : new boolean[] {false, true}) {
      Files.write(dir.resolve(Decompounder.trieResource(accents)), Decompounder.buildTrie(accents).toBytes());
    }
  }
}
