package de.presseschau.index;

import de.presseschau.analysis.IndexAnalysis;
import de.presseschau.extract.Extraction;
import de.presseschau.extract.Extractor;
import de.presseschau.read.Article;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Index stage of the pipeline: extract → document → write. An article replaces any earlier one
 * with the same id, so indexing the same files again updates instead of duplicating.
 *
 * <p>Thread-safe: IndexWriter and Extractor are; many threads may add at once.
 */
public final class Indexer implements ArticleSink {
  private final IndexWriter writer;
  private final Extractor extractor;
  private final IndexAnalysis analysis;

  /**
   * @param analysis one-pass analysis of the text fields; null to let the writer's analyzer
   *     analyse each field (baseline analyzers)
   */
  public Indexer(IndexWriter writer, Extractor extractor, IndexAnalysis analysis) {
    this.writer = writer;
    this.extractor = extractor;
    this.analysis = analysis;
  }

  /** Extracts and (re)indexes one article; returns what was extracted. */
  public Extraction add(Article article) throws IOException {
    return add(article, null);
  }

  @Override
  public Extraction add(Article article, String file) throws IOException {
    Extraction extraction = extractor.extract(article);
    writer.updateDocument(new Term(Fields.ID, article.id()), ArticleDocuments.build(article, extraction, file, analysis));
    return extraction;
  }

  @Override
  public void addUnextracted(Article article, String file) throws IOException {
    Extraction none = new Extraction(article.date(), java.util.List.of(), java.util.List.of(), java.util.List.of());
    writer.updateDocument(new Term(Fields.ID, article.id()), ArticleDocuments.build(article, none, file, analysis));
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
