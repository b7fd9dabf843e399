package de.presseschau.index;

/**
 * The fields of an article document. Text fields are analysed with the German analysis; keyword
 * fields hold exact values for filters, sorting and facets.
 */
public final class Fields {
  /** Article id: exact, stored, unique. */
  public static final String ID = "id";
  /** Headline: German analysis with compound splitting, stored. */
  public static final String TITLE = "title";
  /** Body: German analysis with compound splitting, stored with offsets for highlighting. */
  public static final String BODY = "body";
  /**
   * Title and body again, analysed without compound splitting: matches of the whole compound
   * ("Verbindungsbüro") score above matches of a part ("Büro").
   */
  public static final String WHOLE = "whole";
  /** Title and body words, lower-cased only: the vocabulary for "did you mean". */
  public static final String SPELL = "spell";
  /** Publication date as epoch day: range filter and sort; stored. */
  public static final String DATE = "date";
  /** Publication year as text ("2023"): facet counts. */
  public static final String YEAR = "year";
  /** Speaker names (canonical, exact): filter and facets; stored; multi-valued. */
  public static final String SPEAKER = "speaker";
  /** Speaker names, analysed (folded words): "sprecher:stoltenberg". */
  public static final String SPEAKER_TEXT = "speaker_text";
  /** Location names (canonical, exact): filter and facets; stored; multi-valued. */
  public static final String LOCATION = "location";
  /** Location names, analysed: "ort:tokio". */
  public static final String LOCATION_TEXT = "location_text";
  /** Organisations quoted (Nato, Interfax): stored, exact. */
  public static final String ORGANISATION = "organisation";
  /** Agency or outlet: exact, stored. */
  public static final String SOURCE = "source";
  /**
   * The file an article was read from (absolute path), for incremental indexing: re-reading a
   * changed file first removes what it gave before. Indexed only; absent for articles added
   * through the library.
   */
  public static final String FILE = "file";
  /** Where the article was published: stored only. */
  public static final String URL = "url";

  private Fields() {}
}
