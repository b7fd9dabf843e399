package de.presseschau.index;

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
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** Builds the Lucene document of an article and what was extracted from it. */
public final class ArticleDocuments {

  /** Body and title: positions for phrases, offsets for fast highlighting, stored for snippets. */
  private static final FieldType STORED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    STORED_TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    STORED_TEXT_WITH_OFFSETS.freeze();
  }

  private ArticleDocuments() {}

  /** The document for one article; {@code extraction.date()} wins over none in the article. */
  public static Document build(Article article, Extraction extraction) {
    Document doc = new Document();
    doc.add(new KeywordField(Fields.ID, article.id(), Field.Store.YES));
    doc.add(new Field(Fields.TITLE, article.title(), STORED_TEXT_WITH_OFFSETS));
    doc.add(new Field(Fields.BODY, article.text(), STORED_TEXT_WITH_OFFSETS));
    doc.add(new TextField(Fields.WHOLE, article.title(), Field.Store.NO));
    doc.add(new TextField(Fields.WHOLE, article.text(), Field.Store.NO));
    doc.add(new TextField(Fields.SPELL, article.title(), Field.Store.NO));
    doc.add(new TextField(Fields.SPELL, article.text(), Field.Store.NO));

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
