package de.presseschau.opensearch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.presseschau.ArchiveConfig;
import de.presseschau.ArchiveException;
import de.presseschau.NewsArchive;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** No node needed: what a user sees when the cluster is down. */
class UnreachableClusterTest {

  @Test
  void aClusterThatIsDownGivesOneClearLineWithTheWayOut() {
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    ArchiveException e = assertThrows(ArchiveException.class,
        () -> NewsArchive.open(URI.create("opensearch://127.0.0.1:1/news"), ArchiveConfig.defaults()));
    assertTrue(e.getMessage().startsWith("cannot reach OpenSearch at http://127.0.0.1:1"), e.getMessage());
    assertTrue(e.getMessage().endsWith("start a local node with: bin/opensearch-node start"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void theSchemeFindsTheBackendThroughTheServiceLoader() {
    ArchiveException e = assertThrows(ArchiveException.class,
        () -> NewsArchive.open(URI.create("opensearch://127.0.0.1:1"), ArchiveConfig.defaults()));
    assertTrue(e.getMessage().contains("no index name"), e.getMessage());
  }
}
