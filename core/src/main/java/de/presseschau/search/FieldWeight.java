package de.presseschau.search;

import de.presseschau.index.Fields;
import de.presseschau.query.QueryNode.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * A field a query scope searches, with its weight: what every backend's renderer searches for a
 * scope, so that the embedded index and a cluster rank alike.
 *
 * @param field the index field
 * @param weight the boost of matches in it
 */
public record FieldWeight(String field, float weight) {

  /** The fields of a scope: unfielded words search title, body and (if on) whole words. */
  public static List<FieldWeight> of(Scope scope, RankingOptions ranking) {
    return switch (scope) {
      case TEXT -> {
        List<FieldWeight> f = new ArrayList<>(3);
        f.add(new FieldWeight(Fields.TITLE, ranking.titleBoost()));
        f.add(new FieldWeight(Fields.BODY, ranking.bodyBoost()));
        if (ranking.wholeBoost() > 0) {
          f.add(new FieldWeight(Fields.WHOLE, ranking.wholeBoost()));
        }
        yield f;
      }
      case TITLE -> List.of(new FieldWeight(Fields.TITLE, 1f));
      case BODY -> List.of(new FieldWeight(Fields.BODY, 1f));
      case WORDS -> List.of(new FieldWeight(wordField(ranking), 1f));
      case SPEAKER -> List.of(new FieldWeight(Fields.SPEAKER_TEXT, 1f));
      case LOCATION -> List.of(new FieldWeight(Fields.LOCATION_TEXT, 1f));
      case SOURCE -> List.of(new FieldWeight(Fields.SOURCE, 1f));
      case ID -> List.of(new FieldWeight(Fields.ID, 1f));
    };
  }

  /** Whole words when the index has them (the ranking may switch them off for an ablation). */
  public static String wordField(RankingOptions ranking) {
    return ranking.wholeBoost() > 0 ? Fields.WHOLE : Fields.BODY;
  }
}
