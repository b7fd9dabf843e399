package de.presseschau.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

  private static FacetCounts.Count c(String v, int n) {
    return new FacetCounts.Count(v, n);
  }

  @Test
  void spellingsOfOnePersonAreOneValueShownInTheCommonestSpelling() {
    assertEquals(
        List.of(c("Aleksandar Vučić", 5), c("Wolfgang Schäuble", 3)),
        NameVariants.merge(List.of(c("Aleksandar Vučić", 3), c("Wolfgang Schäuble", 2), c("Aleksandar Vucic", 2),
            c("Wolfgang Schaeuble", 1)), 10));
  }

  @Test
  void aLastNameAloneJoinsTheOneFullNameEndingWithIt() {
    assertEquals(List.of(c("Jens Stoltenberg", 4)),
        NameVariants.merge(List.of(c("Jens Stoltenberg", 3), c("Stoltenberg", 1)), 10));
  }

  @Test
  void anAmbiguousLastNameStaysApart() {
    assertEquals(List.of(c("Olaf Müller", 2), c("Gerd Müller", 2), c("Müller", 1)),
        NameVariants.merge(List.of(c("Olaf Müller", 2), c("Gerd Müller", 2), c("Müller", 1)), 10));
  }

  @Test
  void theLimitAppliesAfterMerging() {
    assertEquals(List.of(c("A B", 3)), NameVariants.merge(List.of(c("A B", 2), c("C D", 2), c("a b", 1)), 1));
  }

  @Test
  void placesMergeSpellingsOnly() {
    assertEquals(List.of(c("Gabčíkovo", 3), c("Wien", 2), c("Neustadt", 1)),
        NameVariants.mergeSpellings(List.of(c("Gabčíkovo", 2), c("Wien", 2), c("Gabcikovo", 1), c("Neustadt", 1)), 10));
  }
}
