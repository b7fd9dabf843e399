package de.presseschau.index;

import de.presseschau.analysis.IndexAnalysis;
import de.presseschau.extract.Extraction;
import de.presseschau.read.Article;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** Builds the Lucene document of an article and what was extracted from it. */
public final class ArticleDocuments {

  /** Body and title: positions for phrases, offsets for fast highlighting, stored for snippets. */
  private static final FieldType STORED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  /** The same, indexed from a token stream (stored separately: a stream cannot be stored). */
  private static final FieldType INDEXED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    STORED_TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    STORED_TEXT_WITH_OFFSETS.freeze();
    INDEXED_TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    INDEXED_TEXT_WITH_OFFSETS.freeze();
  }

  private ArticleDocuments() {}

  /**
   * The spelling vocabulary: only which words occur is read (no frequencies, positions or norms),
   * which keeps the field cheap to write and small.
   */
  private static final FieldType WORDS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    WORDS_ONLY.setIndexOptions(IndexOptions.DOCS);
    WORDS_ONLY.setOmitNorms(true);
    WORDS_ONLY.freeze();
  }

  /**
   * The document for one article; {@code extraction.date()} wins over none in the article.
   *
   * @param file absolute path of the source file; null for articles not read from a file
   * @param analysis one-pass analysis of the text fields; null: each field by the writer's analyzer
   */
  public static Document build(Article article, Extraction extraction, String file, IndexAnalysis analysis) {
    Document doc = new Document();
    doc.add(new KeywordField(Fields.ID, article.id(), Field.Store.YES));
    if (analysis == null) {
      doc.add(new Field(Fields.TITLE, article.title(), STORED_TEXT_WITH_OFFSETS));
      doc.add(new Field(Fields.BODY, article.text(), STORED_TEXT_WITH_OFFSETS));
      doc.add(new TextField(Fields.WHOLE, article.title(), Field.Store.NO));
      doc.add(new TextField(Fields.WHOLE, article.text(), Field.Store.NO));
      doc.add(new Field(Fields.SPELL, article.title(), WORDS_ONLY));
      doc.add(new Field(Fields.SPELL, article.text(), WORDS_ONLY));
    } else {
      IndexAnalysis.Analysed title = analysis.analyse(article.title());
      IndexAnalysis.Analysed body = analysis.analyse(article.text());
      doc.add(new Field(Fields.TITLE, title.german(), INDEXED_TEXT_WITH_OFFSETS));
      doc.add(new StoredField(Fields.TITLE, article.title()));
      doc.add(new Field(Fields.BODY, body.german(), INDEXED_TEXT_WITH_OFFSETS));
      doc.add(new StoredField(Fields.BODY, article.text()));
      doc.add(new Field(Fields.WHOLE, title.whole(), TextField.TYPE_NOT_STORED));
      doc.add(new Field(Fields.WHOLE, body.whole(), TextField.TYPE_NOT_STORED));
      doc.add(new Field(Fields.SPELL, title.spelling(), WORDS_ONLY));
      doc.add(new Field(Fields.SPELL, body.spelling(), WORDS_ONLY));
    }
    if (file != null) {
      doc.add(new StringField(Fields.FILE, file, Field.Store.NO));
    }

    LocalDate date = article.date() != null ? article.date() : extraction.date();
    if (date != null) {
      doc.add(new LongField(Fields.DATE, date.toEpochDay(), Field.Store.YES));
      doc.add(new KeywordField(Fields.YEAR, Integer.toString(date.getYear()), Field.Store.NO));
    }
    for (String speaker : distinct(extraction.speakerNames())) {
      doc.add(new KeywordField(Fields.SPEAKER, speaker, Field.Store.YES));
      doc.add(new TextField(Fields.SPEAKER_TEXT, speaker, Field.Store.NO));
    }
    for (String location : distinct(extraction.locationNames())) {
      doc.add(new KeywordField(Fields.LOCATION, location, Field.Store.YES));
      doc.add(new TextField(Fields.LOCATION_TEXT, location, Field.Store.NO));
    }
    for (String organisation : distinct(extraction.sourceNames())) {
      doc.add(new KeywordField(Fields.ORGANISATION, organisation, Field.Store.YES));
    }
    if (article.source() != null && !article.source().isBlank()) {
      doc.add(new KeywordField(Fields.SOURCE, article.source(), Field.Store.YES));
    }
    if (article.url() != null && !article.url().isBlank()) {
      doc.add(new StoredField(Fields.URL, article.url()));
    }
    return doc;
  }

  private static Set<String> distinct(List<String> names) {
    return new LinkedHashSet<>(names);
  }
}
