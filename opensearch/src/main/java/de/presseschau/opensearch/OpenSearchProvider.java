package de.presseschau.opensearch;

import de.presseschau.ArchiveConfig;
import de.presseschau.ArchiveProvider;
import de.presseschau.NewsArchive;
import java.net.URI;

/** Serves {@code opensearch://} archives. */
public final class OpenSearchProvider implements ArchiveProvider {

  @Override
  public String scheme() {
    return OpenSearchLocation.SCHEME;
  }

  @Override
  public NewsArchive open(URI location, ArchiveConfig config, boolean create) {
    return OpenSearchArchive.open(OpenSearchLocation.parse(location), config, create);
  }
}
