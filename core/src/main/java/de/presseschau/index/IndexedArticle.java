package de.presseschau.index;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * An article as stored in the index, with what was extracted from it.
 *
 * @param id article id
 * @param title headline; empty when none
 * @param text body
 * @param date publication date; null when unknown
 * @param speakers people quoted
 * @param locations places named
 * @param organisations organisations quoted
 * @param source agency or outlet; null when unknown
 * @param url where published; null when unknown
 */
public record IndexedArticle(
    String id,
    String title,
    String text,
    LocalDate date,
    List<String> speakers,
    List<String> locations,
    List<String> organisations,
    String source,
    String url) {

  public IndexedArticle {
    speakers = List.copyOf(speakers);
    locations = List.copyOf(locations);
    organisations = List.copyOf(organisations);
  }

  /** Reads the stored fields of an article document. */
  public static IndexedArticle from(Document doc) {
    IndexableField date = doc.getField(Fields.DATE);
    return new IndexedArticle(
        doc.get(Fields.ID),
        orEmpty(doc.get(Fields.TITLE)),
        orEmpty(doc.get(Fields.BODY)),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
        Arrays.asList(doc.getValues(Fields.SPEAKER)),
        Arrays.asList(doc.getValues(Fields.LOCATION)),
        Arrays.asList(doc.getValues(Fields.ORGANISATION)),
        doc.get(Fields.SOURCE),
        doc.get(Fields.URL));
  }

  /** The title, or the start of the text for articles without one. */
  public String displayTitle() {
    return de.presseschau.read.Article.displayTitle(title, text);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
