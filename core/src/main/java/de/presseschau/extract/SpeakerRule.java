package de.presseschau.extract;

/**
 * The speaker rules: each a named way German news attributes a statement to someone, or a named
 * filter of what is no speaker. Every speaker mention records the rule that made it, and each
 * rule can be switched off ({@link Extractor#withSpeakerRulesOff}) so that {@code ./evaluate
 * speakers --ablate} measures what it is worth.
 */
public enum SpeakerRule {
  /** "X sagte", "sagte X", "X betonte, dass …": the subject of a verb of saying. */
  SPEECH_VERB,
  /** "X ist überzeugt, dass …", "X zur Lage: „…“": a sentence that opens with a person and goes on to a that-clause or a quotation. */
  OPENING_PERSON,
  /** "Der Minister X definierte das Ziel. Es gehe nicht darum, …": reported speech (subjunctive) or a quotation in the next sentence. */
  REPORTED_NEXT,
  /** "laut X", "gemäß X", "laut Aussage von X". */
  LAUT,
  /** "X zufolge". */
  ZUFOLGE,
  /** "X ist der Meinung, …", "X vertritt die Ansicht, dass …". */
  OPINION_NOUN,
  /** "hieß es von X", "in einer Stellungnahme von X hieß es". */
  HIESS_ES,
  /** "nach Angaben von X", "nach Aussage des X". */
  NACH_ANGABEN,
  /** "„…“, so X (weiter)". */
  SO_INVERSION,
  /** "X („…“)": a quotation in brackets after a name. */
  BRACKETED_QUOTE,
  /** "„…“, X (verb)": the person after a quotation and its comma. */
  AFTER_QUOTATION,
  /** "X: „…“", "Kritik kam von X: „…“": a person before a colon and a quotation. */
  COLON,
  /** "X und Y sagten", "X, Y und Z erklärten": names joined to a speaker by "und" or a list. */
  CONJOINED,
  /** "sagte er": the nearest speaker named before, of that gender. */
  PRONOUN,
  /** "sagte der Minister": the speaker named before with that role. */
  ROLE,
  /** Filter: one ordinary German word or function word ("Also", "Konkret", "Judikatur") is no person. */
  NOT_A_WORD,
  /** Filter: "Vereinfacht gesagt", "Schwierig zu sagen" is a manner of speaking, not a speaker. */
  SAYING_IDIOM,
  /**
   * Filter: "Andererseits unterstreicht er, …": the one word before the verb of a sentence whose
   * subject follows the verb (a nominative pronoun after it: er, man, wir, ich) is an adverbial, not the speaker
   * (German verb-second order).
   */
  ADVERBIAL_FIRST,
  /** Filter: one word cited only through "laut", "zufolge", "berichtet", "schreibt" is a medium or firm. */
  MEDIUM_CUE,
  /**
   * Filter: one word named after an organisation noun ("der Musikdienst Spotify", "die Gruppe
   * Fursan al-Hak") or before a medium's suffix ("Golem.de", "Bugün TV") is an organisation; so
   * is a name that ends in a medium's word ("Sky News", "Hubert Burda Media"); so is a name of two
   * words that every mention introduces by a firm's trade ("der Hersteller Lockheed Martin":
   * `firm-kinds`).
   */
  ORGANISATION_NAME,
  /**
   * Filter: a name that opens with another language's article ("La Nacion", "El País", "The
   * Guardian") or the Arabic one ("Al-Nour", "Al-Kaida") names a publication or organisation.
   * "Le" is left out: it opens French family names ("Le Pen", "Le Maire").
   */
  FOREIGN_ARTICLE,
  /**
   * Filter: "Konkret setzt sie auf …", "Draußen, sagte er, …": one word that the article
   * capitalises only where a clause starts, and whose lower-case form is an ordinary word
   * (adjective, adverb, pronoun, participle), is that word. German capitalises a name everywhere,
   * other words only at a clause start.
   */
  CAPITALISED_ONLY_AT_START,
  /**
   * Filter: one word that the article never introduces as a person is no speaker: news names the
   * people it quotes with a given name, a title or a role ("Yanis Varoufakis", "Frau Merkel",
   * "Außenminister Kurz") or refers to them as "er"/"sie". A word cited bare ("erklärte Rovio",
   * "so Verge", "teilte Grundig mit") is a firm, a medium or a party. Names the full-form
   * dictionary lists as proper names and known given names stay.
   */
  UNINTRODUCED,
  /**
   * A one-word speaker that the article also names in full right after a role, the other word a
   * name the lists do not know ("der Islamwissenschafter Ednan Aslan … erklärte Aslan", "die
   * Gründerin Guo Jianmei … sagte Guo", "sein Vorsitzender Romani Rose … Rose"): the facet shows
   * the whole name, when the article has one such name for the word.
   */
  FULL_NAME_IN_ARTICLE
}
