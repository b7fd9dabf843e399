package de.presseschau.search;

/**
 * Knobs of the ranking, so that each can be measured (see the relevance evaluation).
 *
 * @param titleBoost weight of matches in the title
 * @param bodyBoost weight of matches in the body
 * @param wholeBoost weight of matches of whole (unsplit) words, which lifts articles that contain
 *     a compound as asked over articles that contain only its parts
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 */
public record RankingOptions(float titleBoost, float bodyBoost, float wholeBoost, float k1, float b) {

  /** What the CLI uses. */
  public static RankingOptions defaults() {
    return new RankingOptions(1.0f, 1.0f, 2.0f, 0.9f, 0.4f);
  }

  /** Plain BM25 over title and body with equal weights and nothing else: for baselines. */
  public static RankingOptions baseline() {
    return new RankingOptions(1.0f, 1.0f, 0f, 1.2f, 0.75f);
  }

  public RankingOptions withTitleBoost(float v) {
    return new RankingOptions(v, bodyBoost, wholeBoost, k1, b);
  }

  public RankingOptions withBodyBoost(float v) {
    return new RankingOptions(titleBoost, v, wholeBoost, k1, b);
  }

  public RankingOptions withWholeBoost(float v) {
    return new RankingOptions(titleBoost, bodyBoost, v, k1, b);
  }

  public RankingOptions withBm25(float newK1, float newB) {
    return new RankingOptions(titleBoost, bodyBoost, wholeBoost, newK1, newB);
  }
}
