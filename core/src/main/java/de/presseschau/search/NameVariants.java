package de.presseschau.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One facet value per person: the stored speaker names are as each article wrote them, so one
 * person can come as "Aleksandar Vučić" and "Aleksandar Vucic", "Schäuble" and "Schaeuble", or
 * "Jens Stoltenberg" and, where an article names only the last name, "Stoltenberg". Counted
 * values are merged by a spelling key (case, accents, ä = ae, ß = ss), and a bare last name joins
 * the one full name among the values that ends with it; the most frequent spelling is shown.
 * Every backend merges its facet counts with it.
 */
public final class NameVariants {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private NameVariants() {}

  /** The spelling key of a name: "Vučić" and "vucic", "Schäuble" and "Schaeuble" agree. */
  static String key(String name) {
    String l = name.strip().toLowerCase(Locale.ROOT)
        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    return MARKS.matcher(Normalizer.normalize(l, Normalizer.Form.NFD)).replaceAll("").replaceAll("\\s+", " ");
  }

  /**
   * Counts with the variants of one person merged, most frequent first, at most {@code limit}.
   * An article that names a person in two spellings counts twice for the merged value (rare: an
   * article's speakers are canonical within it).
   */
  public static List<FacetCounts.Count> merge(List<FacetCounts.Count> counts, int limit) {
    return merge(counts, limit, true);
  }

  /** Places: spellings only ("Gabčíkovo" = "Gabcikovo"); a one-word place joins nothing. */
  public static List<FacetCounts.Count> mergeSpellings(List<FacetCounts.Count> counts, int limit) {
    return merge(counts, limit, false);
  }

  private static List<FacetCounts.Count> merge(List<FacetCounts.Count> counts, int limit, boolean lastNames) {
    Map<String, List<FacetCounts.Count>> byKey = new LinkedHashMap<>();
    for (FacetCounts.Count c : counts) {
      byKey.computeIfAbsent(key(c.value()), k -> new ArrayList<>()).add(c);
    }
    // Last name alone → the one full name ending with it, if there is exactly one.
    Map<String, String> fullByLast = new HashMap<>();
    Map<String, Integer> fullNames = new HashMap<>();
    for (String k : byKey.keySet()) {
      int space = k.lastIndexOf(' ');
      if (space > 0) {
        String last = k.substring(space + 1);
        fullNames.merge(last, 1, Integer::sum);
        fullByLast.put(last, k);
      }
    }
    Map<String, List<FacetCounts.Count>> merged = new LinkedHashMap<>();
    for (Map.Entry<String, List<FacetCounts.Count>> e : byKey.entrySet()) {
      String k = e.getKey();
      String target = lastNames && k.indexOf(' ') < 0 && fullNames.getOrDefault(k, 0) == 1 ? fullByLast.get(k) : k;
      merged.computeIfAbsent(target, x -> new ArrayList<>()).addAll(e.getValue());
    }
    List<FacetCounts.Count> out = new ArrayList<>(merged.size());
    for (List<FacetCounts.Count> variants : merged.values()) {
      int total = 0;
      FacetCounts.Count shown = null;
      for (FacetCounts.Count c : variants) {
        total += c.count();
        boolean full = c.value().strip().indexOf(' ') > 0;
        boolean shownFull = shown != null && shown.value().strip().indexOf(' ') > 0;
        // A full name over a last name alone; else the more frequent spelling.
        if (shown == null || full && !shownFull || full == shownFull && c.count() > shown.count()) {
          shown = c;
        }
      }
      out.add(new FacetCounts.Count(shown.value(), total));
    }
    out.sort((a, b) -> Integer.compare(b.count(), a.count()));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }
}
