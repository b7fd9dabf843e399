package de.presseschau.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The peer: an OpenSearch node's stock {@code german} analyzer on title and body (one shard, no
 * replica, no extraction), fed as the issue measured it: 8 MB bulks, two in flight. Used by
 * {@code evaluate parity} (relevance and bulk speed) and {@code evaluate bench --only peer}.
 */
final class StockGerman implements AutoCloseable {

  /** Bulk requests are cut after this many bytes of NDJSON. */
  static final int BULK_BYTES = 8 << 20;

  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient http;
  private final ObjectMapper json = new ObjectMapper();

  private StockGerman(ApacheHttpClient5Transport transport) {
    this.transport = transport;
    this.http = new OpenSearchGenericClient(transport);
  }

  /** A connection to the node at {@code url} (http://host:port); close it when done. */
  static StockGerman connect(URI url) {
    return new StockGerman(
        ApacheHttpClient5TransportBuilder.builder(new HttpHost(url.getScheme(), url.getHost(), url.getPort())).build());
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }

  /** Creates {@code index} afresh (dropping one of that name): title and body, stock German. */
  void create(String index) throws IOException {
    try {
      send("DELETE", "/" + index, null, null);
    } catch (IOException e) {
      // not there
    }
    send("PUT", "/" + index,
        "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},\"mappings\":{\"properties\":{"
            + "\"title\":{\"type\":\"text\",\"analyzer\":\"german\"},\"body\":{\"type\":\"text\",\"analyzer\":\"german\"}}}}",
        "application/json");
  }

  /**
   * Loads a JSONL corpus (title, text) into a fresh {@code index} and refreshes it; seconds from
   * the first request to the refresh's answer.
   */
  double load(String index, Path corpus) throws IOException {
    create(index);
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> sent = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      StringBuilder batch = new StringBuilder();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode a = json.readTree(line);
        ObjectNode doc = json.createObjectNode().put("title", a.path("title").asText("")).put("body", a.path("text").asText(""));
        batch.append("{\"index\":{}}\n").append(json.writeValueAsString(doc)).append('\n');
        if (batch.length() > BULK_BYTES) {
          String body = batch.toString();
          sent.add(pool.submit(() -> send("POST", "/" + index + "/_bulk", body, "application/x-ndjson")));
          batch.setLength(0);
          while (sent.size() > 4) {
            sent.removeFirst().get();
          }
        }
      }
      if (!batch.isEmpty()) {
        String body = batch.toString();
        sent.add(pool.submit(() -> send("POST", "/" + index + "/_bulk", body, "application/x-ndjson")));
      }
      for (Future<?> f : sent) {
        f.get();
      }
      send("POST", "/" + index + "/_refresh", null, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdown();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The documents the index holds, once refreshed. */
  long count(String index) throws IOException {
    return send("GET", "/" + index + "/_count", null, null).path("count").asLong();
  }

  void delete(String index) throws IOException {
    send("DELETE", "/" + index, null, null);
  }

  /** One request; its JSON answer. An HTTP error or a bulk item's error is an exception. */
  JsonNode send(String method, String endpoint, String body, String type) throws IOException {
    var b = Requests.builder().method(method).endpoint(endpoint);
    if (body != null) {
      b.body(Body.from(body.getBytes(StandardCharsets.UTF_8), type));
    }
    try (Response r = http.execute(b.build())) {
      JsonNode answer = r.getBody().isPresent() ? json.readTree(r.getBody().get().bodyAsBytes()) : json.createObjectNode();
      if (r.getStatus() >= 300) {
        throw new IOException(method + " " + endpoint + ": HTTP " + r.getStatus() + " " + answer);
      }
      if (answer.path("errors").asBoolean(false)) {
        throw new IOException("bulk errors: " + answer.path("items").path(0));
      }
      return answer;
    }
  }
}
