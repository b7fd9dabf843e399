package de.presseschau.index;

import de.presseschau.analysis.IndexAnalysis;
import de.presseschau.extract.Extraction;
import de.presseschau.read.Article;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * The embedded index's writer: document → write. An article replaces any earlier one with the
 * same id, so indexing the same files again updates instead of duplicating.
 *
 * <p>Thread-safe: IndexWriter is; many threads may write at once.
 */
public final class Indexer implements ArticleSink {
  private final IndexWriter writer;
  private final IndexAnalysis analysis;

  /**
   * @param analysis one-pass analysis of the text fields; null to let the writer's analyzer
   *     analyse each field (baseline analyzers)
   */
  public Indexer(IndexWriter writer, IndexAnalysis analysis) {
    this.writer = writer;
    this.analysis = analysis;
  }

  @Override
  public void write(Article article, Extraction extraction, String file) throws IOException {
    writer.updateDocument(new Term(Fields.ID, article.id()), ArticleDocuments.build(article, extraction, file, analysis));
  }

  @Override
  public void removeFile(String file) throws IOException {
    writer.deleteDocuments(new Term(Fields.FILE, file));
  }

  /** Makes everything added so far durable, stamped with the schema version. */
  @Override
  public void commit() throws IOException {
    writer.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, IndexSchema.VERSION).entrySet());
    writer.commit();
  }
}
