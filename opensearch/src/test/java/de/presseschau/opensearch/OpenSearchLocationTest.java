package de.presseschau.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.presseschau.ArchiveException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class OpenSearchLocationTest {

  @Test
  void hostPortAndIndexMakeTheLocation() {
    OpenSearchLocation l = OpenSearchLocation.parse(URI.create("opensearch://127.0.0.1:9201/news"));
    assertEquals(URI.create("http://127.0.0.1:9201"), l.http());
    assertEquals("news", l.index());
    assertEquals(1, l.shards());
    assertEquals(0, l.replicas());
  }

  @Test
  void thePortDefaultsTo9200AndShardsAndReplicasMayBeGiven() {
    OpenSearchLocation l = OpenSearchLocation.parse(URI.create("opensearch://localhost/archiv?shards=2&replicas=1"));
    assertEquals(URI.create("http://localhost:9200"), l.http());
    assertEquals(2, l.shards());
    assertEquals(1, l.replicas());
  }

  @Test
  void badLocationsSayWhatIsWrong() {
    assertTrue(message("opensearch://localhost:9200").contains("no index name"));
    assertTrue(message("opensearch://localhost:9200/News").contains("not a valid index name"));
    assertTrue(message("opensearch://localhost:9200/_x").contains("not a valid index name"));
    assertTrue(message("opensearch://localhost/n?shards=x").contains("not a number"));
    assertTrue(message("opensearch://localhost/n?colour=red").contains("unknown setting"));
    assertTrue(message("opensearch://localhost/n?replicas=-1").contains("replicas"));
  }

  private static String message(String uri) {
    return assertThrows(ArchiveException.class, () -> OpenSearchLocation.parse(URI.create(uri))).getMessage();
  }
}
