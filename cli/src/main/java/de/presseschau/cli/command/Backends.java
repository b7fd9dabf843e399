package de.presseschau.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The backends for remote archives (OpenSearch) with their libraries sit in {@code lib/opensearch/}
 * beside the tool's jar, not on its class path: every start opens each jar of the class path once
 * (the JDK looks for its logging backend in all of them), and the OpenSearch client's jars hold
 * more than half the entries, which a search of the embedded index never uses. They are loaded
 * when a command names a remote index.
 */
final class Backends {
  private Backends() {}

  /** The backends' folder beside the tool's jar; no such folder when run from classes (tests). */
  private static final class Loader {
    static final ClassLoader INSTANCE = make();

    private static ClassLoader make() {
      Path folder = folder();
      if (folder == null || !Files.isDirectory(folder)) {
        return null;
      }
      List<URL> jars = new ArrayList<>();
      try (Stream<Path> files = Files.list(folder)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
          jars.add(p.toUri().toURL());
        }
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list the backends in " + folder, e);
      }
      return new URLClassLoader("presseschau-backends", jars.toArray(URL[]::new), Backends.class.getClassLoader());
    }

    private static Path folder() {
      try {
        var source = Backends.class.getProtectionDomain().getCodeSource();
        Path jar = source == null ? null : Path.of(source.getLocation().toURI());
        return jar == null || !Files.isRegularFile(jar) ? null : jar.resolveSibling("lib").resolve("opensearch");
      } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
        return null;
      }
    }
  }

  /**
   * Makes the backends visible to this thread's archive look-ups ({@code NewsArchive.open(URI, …)}
   * asks the thread's context class loader after its own).
   */
  static void offer() {
    ClassLoader backends = Loader.INSTANCE;
    if (backends != null) {
      Thread.currentThread().setContextClassLoader(backends);
    }
  }
}
