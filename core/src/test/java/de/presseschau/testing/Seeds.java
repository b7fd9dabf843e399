package de.presseschau.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository's {@code seeds/} folder from tests. */
public final class Seeds {
  private Seeds() {}

  /** The repo root: system property {@code presseschau.repo} (set by surefire), else walk up. */
  public static Path repo() {
    String prop = System.getProperty("presseschau.repo");
    if (prop != null && Files.isDirectory(Path.of(prop, "seeds"))) {
      return Path.of(prop);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("seeds"))) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find the repository's seeds/ folder");
  }

  public static Path dir() {
    return repo().resolve("seeds");
  }

  public static Path file(String id) {
    return dir().resolve(id + ".txt");
  }
}
