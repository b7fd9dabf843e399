package de.presseschau.read;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from a source file, before extraction and indexing.
 *
 * @param id stable identifier (file name without extension, or the JSONL {@code id})
 * @param title headline; empty when the source had none
 * @param text searchable body with page furniture removed; never null
 * @param date publication date given by the source (JSONL {@code date}); null when the source
 *     gave none, in which case the extractor may find one in the text
 * @param source agency or outlet when known (JSONL {@code source}, or a signature line); null otherwise
 * @param url where the article was published; null when unknown
 */
public record Article(String id, String title, String text, LocalDate date, String source, String url) {

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    title = title == null ? "" : title;
    Objects.requireNonNull(text, "text");
  }

  /**
   * Longest body indexed, in characters (about a 1 MB file; a long feature is a tenth of it). A
   * longer body is cut here, at a paragraph or sentence end, so that one dump or log among the
   * articles costs seconds, not minutes and gigabytes.
   */
  public static final int MAX_TEXT_CHARS = 1_000_000;

  /** Longest id, in characters: ids are index terms, which Lucene caps at 32,766 bytes. */
  public static final int MAX_ID_CHARS = 1_000;

  /** Whether the body is longer than {@link #MAX_TEXT_CHARS}. */
  public boolean isOverlong() {
    return text.length() > MAX_TEXT_CHARS;
  }

  /** This article with its body cut to {@link #MAX_TEXT_CHARS} (itself when it is not longer). */
  public Article capped() {
    if (!isOverlong()) {
      return this;
    }
    int cut = text.lastIndexOf("\n", MAX_TEXT_CHARS);
    if (cut < MAX_TEXT_CHARS * 9 / 10) {
      cut = text.lastIndexOf(". ", MAX_TEXT_CHARS) + 1;
    }
    if (cut < MAX_TEXT_CHARS * 9 / 10) {
      cut = MAX_TEXT_CHARS;
      if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--;
      }
    }
    return new Article(id, title, text.substring(0, cut), date, source, url);
  }

  /** An article with only an id, a title and a body. */
  public static Article of(String id, String title, String text) {
    return new Article(id, title, text, null, null, null);
  }

  /**
   * The title and the body as one text: what the extractor reads, and what mention offsets
   * ({@link de.presseschau.extract.Mention}) point into.
   */
  public String fullText() {
    return title.isEmpty() ? text : title + "\n\n" + text;
  }

  /** The title, or the start of the text for articles without one. */
  public String displayTitle() {
    return displayTitle(title, text);
  }

  /**
   * What to show as the title: the headline, or for an article without one the first sentence of
   * its text (shortened to about 120 characters).
   */
  public static String displayTitle(String title, String text) {
    if (!title.isBlank()) {
      return title;
    }
    String t = text.strip().replace('\n', ' ');
    int cut = t.length();
    for (String end : new String[] {". ", "? ", "! "}) {
      int i = t.indexOf(end);
      if (i > 0 && i + 1 < cut) {
        cut = i + 1;
      }
    }
    if (cut > 120) {
      int space = t.lastIndexOf(' ', 117);
      cut = space > 40 ? space : 117;
      return t.substring(0, cut) + " …";
    }
    return t.substring(0, cut);
  }

}
