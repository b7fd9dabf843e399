package de.presseschau.index;

/**
 * Identifies the index layout, analysis and extraction. An index written with another version must
 * be rebuilt: its terms and facets were made by different code.
 */
public final class IndexSchema {
  /** Bump whenever fields, analysis or extraction change: the stored facets would be stale. */
  public static final String VERSION = "24";
  /** Key of the version in the index's commit user data. */
  public static final String VERSION_KEY = "presseschau.schema";

  private IndexSchema() {}
}
