package de.presseschau;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Figures about an archive.
 *
 * @param location index folder; null for an in-memory archive
 * @param articles number of articles
 * @param withDate articles with a publication date
 * @param earliest oldest publication date; null when no article has one
 * @param latest newest publication date; null when no article has one
 * @param speakers distinct speakers
 * @param locations distinct locations
 * @param sizeBytes size of the index files
 */
public record ArchiveStats(
    Path location,
    int articles,
    int withDate,
    LocalDate earliest,
    LocalDate latest,
    long speakers,
    long locations,
    long sizeBytes) {}
