package de.presseschau.index;

/**
 * Identifies the index layout and analysis. An index written with another version must be
 * rebuilt: its terms were made by different analysis.
 */
public final class IndexSchema {
  /** Bump whenever fields or analysis change. */
  public static final String VERSION = "2";
  /** Key of the version in the index's commit user data. */
  public static final String VERSION_KEY = "presseschau.schema";

  private IndexSchema() {}
}
