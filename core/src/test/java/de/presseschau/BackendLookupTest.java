package de.presseschau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backends are found through the library's class loader and then the thread's context loader. */
class BackendLookupTest {

  /** A backend that only says it was reached. */
  public static final class ReachedProvider implements ArchiveProvider {
    @Override
    public String scheme() {
      return "reached";
    }

    @Override
    public NewsArchive open(URI location, ArchiveConfig config, boolean create) {
      throw new ArchiveException("reached " + location);
    }
  }

  @Test
  void aBackendRegisteredOnlyWithTheThreadsContextLoaderServesItsScheme(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services/" + ArchiveProvider.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, ReachedProvider.class.getName() + "\n");
    URI location = URI.create("reached://host/news");

    ArchiveException unknown =
        assertThrows(ArchiveException.class, () -> NewsArchive.open(location, ArchiveConfig.defaults()));
    assertTrue(unknown.getMessage().startsWith("no backend for reached://"), unknown.getMessage());

    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader backends = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      thread.setContextClassLoader(backends);
      ArchiveException reached =
          assertThrows(ArchiveException.class, () -> NewsArchive.open(location, ArchiveConfig.defaults()));
      assertEquals("reached reached://host/news", reached.getMessage());
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
