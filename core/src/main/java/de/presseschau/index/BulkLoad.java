package de.presseschau.index;

import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * Index writer settings for loading many articles: a large RAM buffer (fewer, larger flushed
 * segments, so less merging), no compound files (packing them rewrites every flushed segment once
 * more), and tiered merges of up to 5 GB segments. Measured on 100,000 articles (docs/speed.md,
 * "Bulk-load settings"): each alternative (64 or 1,024 MB buffer, compound files, no merges, wider
 * merge tiers) was as fast or slower, within the machine's spread; the indexing threads' CPU work,
 * not the writer's settings, sets the pace.
 */
public final class BulkLoad {

  /** RAM buffer ceiling; a quarter of the heap when that is less (so -Xmx1g still works). */
  static final double MAX_RAM_BUFFER_MB = 256;

  private BulkLoad() {}

  /** Applies the bulk-load settings to {@code iwc}. */
  public static void configure(IndexWriterConfig iwc) {
    double heapMb = Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
    iwc.setRAMBufferSizeMB(Math.max(16, Math.min(MAX_RAM_BUFFER_MB, heapMb / 4)));
    iwc.setUseCompoundFile(false);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0.0);
    iwc.setMergePolicy(merges);
  }
}
