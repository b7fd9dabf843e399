package de.presseschau.search;

/**
 * Knobs of the ranking, so that each can be measured (see the relevance evaluation).
 *
 * @param titleBoost weight of matches in the title
 * @param bodyBoost weight of matches in the body
 * @param wholeBoost weight of matches of whole (unsplit) words, which lifts articles that contain
 *     a compound as asked over articles that contain only its parts (0: no whole-word matching)
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param proximityBoost weight of plain queries' word pairs found near each other (0: off)
 * @param proximitySlop how far apart the two words of a pair may be (in words, counting dropped
 *     stop words; swapped order costs 2)
 * @param joinWords plain queries also look for neighbouring words written as one compound
 *     ("Urheberrechts Verletzungen" finds "Urheberrechtsverletzungen")
 * @param typoTolerance plain-query words that no article contains match words one or two edits
 *     away ("Hauptsatd" finds "Hauptstadt")
 */
public record RankingOptions(
    float titleBoost,
    float bodyBoost,
    float wholeBoost,
    float k1,
    float b,
    float proximityBoost,
    int proximitySlop,
    boolean joinWords,
    boolean typoTolerance) {

  public RankingOptions {
    if (proximitySlop < 0) {
      throw new IllegalArgumentException("proximitySlop must not be negative");
    }
  }

  /** The measured best: what the CLI uses. */
  public static RankingOptions defaults() {
    return new RankingOptions(1.0f, 1.0f, 2.0f, 0.9f, 0.4f, 0.5f, 4, true, true);
  }

  /** Plain BM25 (Lucene's k1 1.2, b 0.75) over title and body with equal weights: baselines. */
  public static RankingOptions baseline() {
    return new RankingOptions(1.0f, 1.0f, 0f, 1.2f, 0.75f, 0f, 0, false, false);
  }

  public RankingOptions withTitleBoost(float v) {
    return new RankingOptions(v, bodyBoost, wholeBoost, k1, b, proximityBoost, proximitySlop,
        joinWords, typoTolerance);
  }

  public RankingOptions withBodyBoost(float v) {
    return new RankingOptions(titleBoost, v, wholeBoost, k1, b, proximityBoost, proximitySlop,
        joinWords, typoTolerance);
  }

  public RankingOptions withWholeBoost(float v) {
    return new RankingOptions(titleBoost, bodyBoost, v, k1, b, proximityBoost, proximitySlop,
        joinWords, typoTolerance);
  }

  public RankingOptions withBm25(float newK1, float newB) {
    return new RankingOptions(titleBoost, bodyBoost, wholeBoost, newK1, newB, proximityBoost,
        proximitySlop, joinWords, typoTolerance);
  }

  public RankingOptions withProximity(float boost, int slop) {
    return new RankingOptions(titleBoost, bodyBoost, wholeBoost, k1, b, boost, slop,
        joinWords, typoTolerance);
  }

  public RankingOptions withJoinWords(boolean on) {
    return new RankingOptions(titleBoost, bodyBoost, wholeBoost, k1, b, proximityBoost,
        proximitySlop, on, typoTolerance);
  }

  public RankingOptions withTypoTolerance(boolean on) {
    return new RankingOptions(titleBoost, bodyBoost, wholeBoost, k1, b, proximityBoost,
        proximitySlop, joinWords, on);
  }
}
