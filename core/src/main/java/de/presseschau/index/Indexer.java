package de.presseschau.index;

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
 * <p>Thread-safe: IndexWriter and Extractor are.
 */
public final class Indexer {
  private final IndexWriter writer;
  private final Extractor extractor;

  public Indexer(IndexWriter writer, Extractor extractor) {
    this.writer = writer;
    this.extractor = extractor;
  }

  /** Extracts and (re)indexes one article; returns what was extracted. */
  public Extraction add(Article article) throws IOException {
    Extraction extraction = extractor.extract(article);
    writer.updateDocument(new Term(Fields.ID, article.id()), ArticleDocuments.build(article, extraction));
    return extraction;
  }

  /** Makes everything added so far durable, stamped with the schema version. */
  public void commit() throws IOException {
    writer.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, IndexSchema.VERSION).entrySet());
    writer.commit();
  }
}
