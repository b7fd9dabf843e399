package de.presseschau.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * An {@link IndexSearcher} over one point-in-time view of the archive that keeps what every search
 * of that view would otherwise rebuild: the facet fields' ordinal maps
 * ({@link StringDocValuesReaderState}, which costs a pass over every value of the field) and the
 * merged field infos. Made once per reader (by the archive's searcher factory), shared by threads.
 */
public final class ArchiveSearcher extends IndexSearcher {

  private final ConcurrentHashMap<String, Optional<StringDocValuesReaderState>> facetStates =
      new ConcurrentHashMap<>();
  private final FieldInfos fieldInfos;

  public ArchiveSearcher(IndexReader reader) {
    super(reader);
    this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
  }

  /** The merged field infos of this view, computed once. */
  FieldInfos fieldInfos() {
    return fieldInfos;
  }

  /** The facet state of {@code field}, built on first use; empty when no article has the field. */
  Optional<StringDocValuesReaderState> facetState(String field) {
    return facetStates.computeIfAbsent(field, f -> {
      if (fieldInfos.fieldInfo(f) == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(new StringDocValuesReaderState(getIndexReader(), f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
