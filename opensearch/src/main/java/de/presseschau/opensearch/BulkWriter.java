package de.presseschau.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * Batches documents into bulk requests of the official client and sends them on a few threads
 * at once. A batch goes when it holds {@link #MAX_BATCH_BYTES} or {@link #MAX_BATCH_DOCS}; at
 * most {@link #PARALLEL} batches are in flight and as many wait, so memory stays bounded however
 * fast articles come. Rejections for load (429, 503) and lost connections are retried with
 * growing pauses; an article the cluster refuses (a mapping error) fails the next call with its
 * id and reason. {@link #flush()} returns when every batch is acknowledged.
 *
 * <p>Thread-safe.
 */
final class BulkWriter implements AutoCloseable {

  static final int MAX_BATCH_BYTES = 8 << 20;
  static final int MAX_BATCH_DOCS = 2_000;
  static final int PARALLEL = 2;
  /** Pauses before the retries of a batch: about a minute in all before giving up. */
  private static final long[] BACKOFF_MILLIS = {250, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000};

  private final OpenSearchClient client;
  private final String index;
  private final String where;
  private final ExecutorService senders;
  private final Semaphore slots = new Semaphore(2 * PARALLEL);
  private final ConcurrentLinkedQueue<Future<?>> inFlight = new ConcurrentLinkedQueue<>();
  private volatile IOException failure;

  // Guarded by this.
  private List<BulkOperation> batch = new ArrayList<>();
  private long batchBytes;

  BulkWriter(OpenSearchClient client, String index, String where) {
    this.client = client;
    this.index = index;
    this.where = where;
    this.senders =
        Executors.newFixedThreadPool(
            PARALLEL,
            r -> {
              Thread t = new Thread(r, "presseschau-bulk");
              t.setDaemon(true);
              return t;
            });
  }

  /** Queues the document for indexing under {@code docId}, replacing one with that id. */
  void index(String docId, ObjectNode doc, long approxBytes) throws IOException {
    throwIfFailed();
    BulkOperation op = BulkOperation.of(b -> b.index(i -> i.index(index).id(docId).document(doc)));
    List<BulkOperation> full = null;
    synchronized (this) {
      batch.add(op);
      batchBytes += approxBytes;
      if (batchBytes >= MAX_BATCH_BYTES || batch.size() >= MAX_BATCH_DOCS) {
        full = takeBatch();
      }
    }
    if (full != null) {
      submit(full);
    }
  }

  private synchronized List<BulkOperation> takeBatch() {
    List<BulkOperation> full = batch;
    batch = new ArrayList<>();
    batchBytes = 0;
    return full;
  }

  private void submit(List<BulkOperation> ops) throws IOException {
    slots.acquireUninterruptibly(); // waits while enough batches are queued: bounded memory
    Future<?> f =
        senders.submit(
            () -> {
              try {
                send(ops);
              } catch (IOException e) {
                failure = e;
              } finally {
                slots.release();
              }
            });
    inFlight.add(f);
    inFlight.removeIf(Future::isDone);
    throwIfFailed();
  }

  /** Sends what is queued and waits until every batch is acknowledged. */
  void flush() throws IOException {
    List<BulkOperation> rest = takeBatch();
    if (!rest.isEmpty()) {
      submit(rest);
    }
    Future<?> f;
    while ((f = inFlight.poll()) != null) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for OpenSearch", e);
      } catch (ExecutionException e) {
        throw new IOException(e.getCause());
      }
    }
    throwIfFailed();
  }

  private void throwIfFailed() throws IOException {
    IOException e = failure;
    if (e != null) {
      throw e;
    }
  }

  private void send(List<BulkOperation> ops) throws IOException {
    List<BulkOperation> pending = ops;
    for (int attempt = 0; ; attempt++) {
      BulkResponse response;
      List<BulkOperation> sending = pending;
      try {
        response = client.bulk(BulkRequest.of(b -> b.index(index).operations(sending)));
      } catch (IOException | RuntimeException e) {
        if (attempt >= BACKOFF_MILLIS.length) {
          throw new IOException("OpenSearch at " + where + " did not take a batch of articles: " + e.getMessage(), e);
        }
        pause(attempt);
        continue;
      }
      if (!response.errors()) {
        return;
      }
      List<BulkOperation> again = new ArrayList<>();
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < items.size(); i++) {
        BulkResponseItem item = items.get(i);
        if (item.error() == null) {
          continue;
        }
        if (item.status() == 429 || item.status() == 503) {
          again.add(pending.get(i));
        } else {
          throw new IOException(
              "OpenSearch refused article " + item.id() + ": " + item.error().type() + ": " + item.error().reason());
        }
      }
      if (again.isEmpty()) {
        return;
      }
      if (attempt >= BACKOFF_MILLIS.length) {
        throw new IOException("OpenSearch at " + where + " stayed too busy to take " + again.size() + " articles");
      }
      pending = again;
      pause(attempt);
    }
  }

  private static void pause(int attempt) throws IOException {
    try {
      Thread.sleep(BACKOFF_MILLIS[attempt]);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while retrying", e);
    }
  }

  @Override
  public void close() {
    senders.shutdownNow();
  }
}
