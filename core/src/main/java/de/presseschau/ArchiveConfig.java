package de.presseschau;

import de.presseschau.analysis.AnalysisOptions;
import de.presseschau.search.RankingOptions;

/**
 * How an archive analyses and ranks. The defaults are what the CLI uses; other settings exist to
 * measure each part (an index must be searched with the analysis it was built with).
 *
 * @param analysis the German analysis chain
 * @param ranking field weights and BM25 parameters
 */
public record ArchiveConfig(AnalysisOptions analysis, RankingOptions ranking) {

  public static ArchiveConfig defaults() {
    return new ArchiveConfig(AnalysisOptions.defaults(), RankingOptions.defaults());
  }

  public ArchiveConfig withAnalysis(AnalysisOptions a) {
    return new ArchiveConfig(a, ranking);
  }

  public ArchiveConfig withRanking(RankingOptions r) {
    return new ArchiveConfig(analysis, r);
  }
}
