package de.presseschau;

import java.net.URI;

/**
 * A backend for archives at URIs of one scheme, found with {@link java.util.ServiceLoader} (listed
 * in {@code META-INF/services/de.presseschau.ArchiveProvider}). The embedded Lucene backend needs
 * none; presseschau-opensearch registers {@code opensearch}.
 */
public interface ArchiveProvider {

  /** The URI scheme served, e.g. {@code opensearch}. */
  String scheme();

  /**
   * Opens the archive at {@code location}.
   *
   * @param create whether to build the index anew (its old articles are dropped)
   * @throws ArchiveException when the backend cannot be reached or the location is not valid
   */
  NewsArchive open(URI location, ArchiveConfig config, boolean create);
}
