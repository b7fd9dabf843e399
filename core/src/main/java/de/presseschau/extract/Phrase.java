package de.presseschau.extract;

/**
 * A noun phrase in a speaker's place: tokens first..last, and what it names.
 *
 * @param person the person named, when known
 * @param text the words of an organisation or pronoun, or of an unknown name
 * @param role the role noun before or beside the name ("Außenminister"), or "m"/"f" for a pronoun
 * @param definite whether a definite article opens the phrase ("der Beamte")
 */
record Phrase(Kind kind, int first, int last, People.Person person, String text, String role, boolean definite) {

  /** What a phrase names. */
  enum Kind {
    /** A person the article names. */
    PERSON,
    /** Unknown capitalised words that may be a name ("Tegaye Mununhe"). */
    CANDIDATE,
    ORGANISATION,
    /** A role noun without a name ("der Nato-Chef"). */
    ROLE,
    PRONOUN
  }
}
