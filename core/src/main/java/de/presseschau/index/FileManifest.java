package de.presseschau.index;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which files an index holds, as of its last commit: path, size, modification time and how many
 * articles each gave. Lets a rerun of {@code index} skip unchanged files and prune vanished ones.
 *
 * <p>Kept beside the Lucene files ({@value #FILE_NAME}, which Lucene leaves alone) and written only
 * after a commit, so it never claims more than the index holds: after a crash it may lag behind,
 * and the rerun then indexes those files again, which replaces their articles (ids are unique).
 *
 * <p>Not thread-safe; one ingest at a time owns it.
 */
final class FileManifest {

  static final String FILE_NAME = "presseschau-files.tsv";

  /**
   * What a file looked like when it was indexed.
   *
   * @param size bytes
   * @param modified last-modified time, milliseconds since the epoch
   * @param articles articles it gave
   */
  record Entry(long size, long modified, long articles) {}

  private final Path file;
  private final Map<String, Entry> entries;

  private FileManifest(Path file, Map<String, Entry> entries) {
    this.file = file;
    this.entries = entries;
  }

  /** An empty manifest that is never written: for archives in memory. */
  static FileManifest none() {
    return new FileManifest(null, new LinkedHashMap<>());
  }

  /** The manifest of the index in {@code dir}; empty when there is none or {@code fresh}. */
  static FileManifest in(Path dir, boolean fresh) throws IOException {
    Path f = dir.resolve(FILE_NAME);
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (!fresh && Files.isRegularFile(f)) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String[] cols = line.split("\t");
        if (cols.length != 4) {
          continue; // a damaged line only means that file is indexed again
        }
        try {
          entries.put(cols[0], new Entry(Long.parseLong(cols[1]), Long.parseLong(cols[2]), Long.parseLong(cols[3])));
        } catch (NumberFormatException e) {
          // likewise
        }
      }
    }
    return new FileManifest(f, entries);
  }

  Entry get(String path) {
    return entries.get(path);
  }

  Map<String, Entry> entries() {
    return Collections.unmodifiableMap(entries);
  }

  void put(String path, Entry entry) {
    entries.put(path, entry);
  }

  void removeAll(List<String> paths) {
    paths.forEach(entries::remove);
  }

  /** Writes the manifest atomically (a temporary file moved over the old one). */
  void write() throws IOException {
    if (file == null) {
      return;
    }
    Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Entry> e : entries.entrySet()) {
        if (e.getKey().indexOf('\t') >= 0 || e.getKey().indexOf('\n') >= 0) {
          continue; // such a path cannot be written; that file is simply indexed again next time
        }
        Entry v = e.getValue();
        w.write(e.getKey() + "\t" + v.size() + "\t" + v.modified() + "\t" + v.articles() + "\n");
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
