package de.presseschau.extract;

/**
 * Where an entity is named in an article.
 *
 * @param start offset of the first character in {@link de.presseschau.read.Article#fullText()}
 * @param end offset after the last character
 * @param text the text between the two offsets, as written (e.g. "Tokios", "Herr Stoltenberg")
 * @param cue for a speaker or quoted organisation, the word that attributes the statement to
 *     this mention ("sagte", "laut", "zufolge", ":"), so a reader can see why; null for a plain
 *     mention
 * @param kind how the entity is named here: by its name, as part of a compound word, or by a
 *     word derived from it
 * @param rule the rule that found this mention: a {@link SpeakerRule} for a speaker's cued
 *     mention ("SPEECH_VERB"), a {@link LocationRule} for a place ("GAZETTEER"); null for a
 *     plain mention of a speaker's name
 */
public record Mention(int start, int end, String text, String cue, Kind kind, String rule) {

  /** How a mention names its entity. */
  public enum Kind {
    /** The name itself, inflected or not: "Japan", "Tokios". */
    NAME,
    /** Part of a longer word: "US" in "US-Präsident", "Japan" in "Japan-Forschungszentrum". */
    PART,
    /** A word derived from the name: "Berliner" (Polizei), "japanische". */
    DERIVED
  }

  public Mention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention span " + start + ".." + end);
    }
    java.util.Objects.requireNonNull(kind, "kind");
  }

  /** A mention found by no particular rule. */
  public Mention(int start, int end, String text, String cue, Kind kind) {
    this(start, end, text, cue, kind, null);
  }

  /** A mention by name, with the cue that attributes a statement to it (or null). */
  public Mention(int start, int end, String text, String cue) {
    this(start, end, text, cue, Kind.NAME, null);
  }

  /** A plain mention by name, without a cue. */
  public Mention(int start, int end, String text) {
    this(start, end, text, null, Kind.NAME, null);
  }
}
