package de.presseschau.opensearch;

import de.presseschau.ArchiveException;
import java.net.URI;
import java.util.Locale;

/**
 * Where an archive lives on a cluster: {@code opensearch://host:port/index}, optionally with
 * {@code ?shards=N&replicas=N} for a new index (default 1 shard, 0 replicas: one node). Plain
 * HTTP: a cluster with TLS and users is not supported yet.
 *
 * @param http the node's HTTP address, e.g. {@code http://127.0.0.1:9200}
 * @param index the index name
 * @param shards primary shards of a new index
 * @param replicas replicas of each shard of a new index
 */
public record OpenSearchLocation(URI http, String index, int shards, int replicas) {

  /** The URI scheme of archives on OpenSearch. */
  public static final String SCHEME = "opensearch";

  /** Reads an {@code opensearch://} URI; the message of the exception says what is wrong. */
  public static OpenSearchLocation parse(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals(SCHEME)) {
      throw new ArchiveException("not an OpenSearch location: " + uri + " (expected opensearch://HOST:PORT/INDEX)");
    }
    if (uri.getHost() == null) {
      throw new ArchiveException("no host in " + uri + " (expected opensearch://HOST:PORT/INDEX)");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
    if (path.isEmpty() || path.contains("/")) {
      throw new ArchiveException("no index name in " + uri + " (expected opensearch://HOST:PORT/INDEX)");
    }
    // OpenSearch's own rules for index names.
    if (!path.equals(path.toLowerCase(Locale.ROOT)) || path.startsWith("_") || path.startsWith("-")
        || path.startsWith("+") || !path.matches("[a-z0-9._+-]{1,255}") || path.equals(".") || path.equals("..")) {
      throw new ArchiveException(
          "not a valid index name: '" + path + "' (lower-case letters, digits, '.', '_', '-'; not starting with _ or -)");
    }
    int shards = 1;
    int replicas = 0;
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        if (!kv[0].equals("shards") && !kv[0].equals("replicas")) {
          throw new ArchiveException("unknown setting '" + kv[0] + "' in " + uri + " (known: shards, replicas)");
        }
        int value = kv.length == 2 ? number(kv[1], uri) : -1;
        if (kv[0].equals("shards")) {
          shards = value;
        } else {
          replicas = value;
        }
      }
    }
    if (shards < 1 || shards > 1024 || replicas < 0 || replicas > 16) {
      throw new ArchiveException("shards must be 1–1024 and replicas 0–16 in " + uri);
    }
    int port = uri.getPort() == -1 ? 9200 : uri.getPort();
    String http = "http://" + uri.getHost() + ":" + port;
    return new OpenSearchLocation(URI.create(http), path, shards, replicas);
  }

  private static int number(String s, URI uri) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new ArchiveException("not a number: '" + s + "' in " + uri);
    }
  }

  @Override
  public String toString() {
    return SCHEME + "://" + http.getHost() + ":" + http.getPort() + "/" + index;
  }
}
