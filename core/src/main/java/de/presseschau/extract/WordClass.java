package de.presseschau.extract;

import java.util.Locale;

/**
 * The closed word classes the extraction rules consult, one per linguistic category. Their words
 * live in the resource {@code word-classes.txt} (one block per constant) and are read once by
 * {@link Lexicon}; a rule asks {@link Lexicon#is(WordClass, String)}.
 */
enum WordClass {
  /**
   * Suffixes of adverbs ("einer|seits", "gemein|hin", "glücklicher|weise", "erst|mals"): a
   * capitalised word with one opens a sentence and is no name.
   */
  ADVERB_SUFFIXES,
  /** Words that keep their full stop ("Dr.", "Prof.", "St."): the stop ends no sentence. */
  ABBREVIATIONS,
  /** Month names and their abbreviations: after "3." a full stop ends no sentence ("am 3. März"). */
  MONTH_WORDS,
  /**
   * Numerals, also large ones as nouns ("zwei", "Millionen", "Dutzend"): after one a capitalised
   * word is a unit or a plural noun.
   */
  NUMERALS,
  /** Prepositions that govern the dative or accusative, never the genitive ("bei", "aus", "mit"). */
  DATIVE_PREPOSITIONS,
  /** Words for a lake, mountain, cape or island that open its name, also before a place's ("Lake Michigan", "Mount Hood"). */
  FEATURE_PREFIXES,
  /** Names of languages without the ending -isch ("Sanskrit", "Hindi", "Suaheli"): words, not places. */
  LANGUAGES,
  /** Words that open a place's name before an unknown name ("Bad X", "Sankt X", "New X", "Fort X"). */
  NAME_PREFIXES,
  /** Kinds of roads that a number names ("Bundesstraße 216", "Autobahn 7", "Route 66"). */
  ROAD_WORDS,
  /** The letters of numbered roads: motorway and federal road ("A 7", "B17"). */
  ROAD_LETTERS,
  /** Units after a number: the number counts and names nothing ("auf der Bundesstraße 12 km weit"). */
  UNITS,
  /** The heads of English streets' names ("Downing Street", "Outer Ring Road"). */
  ENGLISH_STREET_WORDS,
  /** Name particles inside a person's name ("van der Bellen", "de Maizière", "bin Salman"). */
  PARTICLES,
  /**
   * Forms of address and titles of nobility before a name ("Frau", "Dr.", "Mr.", "Sir", "Lord
   * Rockingham"): what follows is a person's name.
   */
  TITLES,
  /** Articles: after one, a capitalised word is a noun, not a person's name. */
  ARTICLES,
  /** Prepositions of place, time and origin: after one, a capitalised word is rather a place than a person. */
  LOCAL_PREPOSITIONS,
  /** Articles and possessives that open a noun phrase. */
  DETERMINERS,
  /** Definite articles. */
  DEFINITE,
  /** The articles of the genitive ("des Landes", "der Partei", "eines Ministers"). */
  GENITIVE_ARTICLES,
  /** Personal and demonstrative pronouns as objects ("so beschrieb es", "so nannte ihn"). */
  OBJECT_PRONOUNS,
  /** Finite auxiliaries of the plural ("haben … gesagt", "sind … gefolgt"): their subject is no one person. */
  PLURAL_AUXILIARIES,
  /** Adverbs that may stand between a verb and its subject ("sagte zudem Stoltenberg"). */
  ADVERBS,
  /** Words that make a role noun plural ("die beiden Beamten"): no one person. */
  PLURAL,
  /** Words that open what qualifies a role noun ("des Landes", "im Landtag", "von Tesla"). */
  QUALIFIER_WORDS,
  /** Function words with an adjective's ending ("gegen", "aber", "seinen"): never part of a name's modifiers. */
  NOT_ADJECTIVES,
  /** Auxiliaries of perfect, future and reported speech ("hat … gesagt", "soll … gesagt haben"). */
  AUXILIARIES,
  /** Words after a name and a comma that open an apposition or a relative clause ("X, der …", "X, ein …"). */
  APPOSITION_OPENERS,
  /** Speech verbs without an object of their own: a bare name after them is their subject. */
  SAYING,
  /** Words after a comma that open a new clause, whose subject comes next. */
  CLAUSE_OPENERS,
  /** Words of "am Montag", "am Rande" that may stand between a verb and its subject. */
  WEEKDAYS,
  /** Nouns of "nach Angaben von X", "nach den Worten des X". */
  SOURCE_NOUNS,
  /** Adverbs that may close ", so X …": "so Merkel weiter", "so Merkel sinngemäß". */
  SO_ADVERBS,
  /** Words that open a short phrase between a subject and its verb ("Theo Kitz vom Bankhaus X sagte"). */
  GAP_OPENERS,
  /** Forms of "werden" that make a speech verb passive ("wurde gesagt"): no speaker as subject. */
  PASSIVE,
  /** Prepositions: a noun phrase after one is no subject. */
  PREPOSITIONS,
  /** Verbs of a stance or reaction rather than of speaking ("würdigte die Verdienste", "wies die Vorwürfe zurück", "zeigte sich zufrieden", "bestritt jede Mitwisserschaft"): they quote someone only when the sentence reports what was said. Verbs of speaking ("äußerte sich", "appellierte", "unterstrich") are not among them. */
  WEAK_VERBS,
  /** Nouns of "vertritt die Ansicht", "hatte die These vertreten". */
  VIEW_NOUNS,
  /** Verbs of "X ist der Meinung", "X vertritt die Ansicht". */
  OPINION_VERBS,
  /** Words that may stand between a closing quotation mark's verb and its subject ("sagte sich", "hieß es in …"). */
  AFTER_QUOTE_WORDS,
  /** Nouns of a written or spoken statement: "In einer Stellungnahme von X hieß es". */
  STATEMENT_NOUNS,
  /** Verbs after "Für X": "Für X ist …", "Für X steht fest". */
  FOR_VERBS,
  /** Verbs between an opening adverb and the person: "Zudem ist X überzeugt, dass". */
  OPENING_VERBS,
  /** Subjunctive forms of reported speech ("sei", "habe", "könne"), not shared with the indicative. */
  SUBJUNCTIVE,
  /** Determiners that mark a noun phrase as object or genitive ("Ihren Widersacher X forderte May auf"): no subject. */
  OBLIQUE,
  /** What follows a medium's name: "Golem.de", "Bugün TV". */
  MEDIUM_AFTER,
  /** Pronouns that can only be a subject ("sie", "es" and articles may open an object). */
  SUBJECT_OPENERS,
  /** Cues that name a source as often as a person: what a medium or a firm is cited with. */
  REPORTING_CUES,
  /** Articles and contracted prepositions before a name ("die Ukraine", "im Iran"): countries and regions take them, towns do not. */
  PLACE_DETERMINERS,
  /** Words before a place name that make it part of an organisation's name (not of a club's). */
  ORG_BEFORE,
  /** Words before a place name that make it part of a sports club's name ("FC Ingolstadt"). */
  CLUB_BEFORE,
  /** Nouns of a match, as a compound's head: the side after "Spiel gegen" is a team. */
  MATCH_NOUNS,
  /** The indefinite article: a street's or place's name takes none ("einen Europacupplatz"). */
  INDEFINITE_ARTICLES,
  /** Romance name particles: after a place and before a capitalised word they make a longer name ("Stade de France"). */
  NAME_PARTICLES,
  /** Words after a place name that make it part of an organisation's name. */
  ORG_AFTER,
  /** Prepositions of place and origin that put an unknown capitalised word in a place's slot ("in X", "aus X"). */
  PLACE_PREPOSITIONS,
  /** Possessive and negative determiners: after one, a capitalised word is a noun ("seine Heimat"), not a place. */
  POSSESSIVES,
  /** Numerals and quantifiers: after one, a capitalised word is a plural noun, not a place. */
  QUANTITIES,
  /** Words ending like adjectives that still stand before a town ("gegen", "unter", "über"). */
  NEAR,
  /** Adverbs of direction and distance before a place ("nördlich von X", "unweit X"). */
  DIRECTIONS,
  /** Nouns naming the kind of place that follows ("der Stadt Iruma", "Provinz Helmand"). */
  PLACE_NOUNS,
  /** Words that name a part of a town after a hyphen ("Berlin-Mitte"). */
  DISTRICTS,
  /** Words that turn a place name into a facility's name ("Ramstein Air Base", "Flughafen X"). */
  FACILITIES,
  /** Heads of street, square and landmark names that follow a name ("Berliner Straße", "Alexanderplatz"). */
  STREET_WORDS,
  /** Words of other languages that open a street's or square's name ("Rue Saint-Benoît", "Via Roma"). */
  STREET_OPENERS,
  /** Nouns that name a work, before its title. */
  WORK_NOUNS,
  /** English words inside a title around a name ("the Temple of Doom", "Bank of America"). */
  ENGLISH_TITLE_WORDS,
  /**
   * Heads of compounds that name a work ("Eröffnungs|oper", "Kino|film", "US-Soap"), lower case:
   * the name right after one is its title.
   */
  WORK_HEADS,
  /** Articles that, capitalised inside a sentence, open a title ("mit Die Bradshaw Variationen"). */
  TITLE_ARTICLES,
  /** Lower-case words inside a German title between its capitalised words ("Die Eroberung von Mexico"). */
  TITLE_JOINERS,
  /**
   * Nouns of a team's standing or of a club ("Aufsteiger", "Tabellenführer", "Klub"), lower case,
   * matched as the head of a compound: before a town in apposition they make it the team.
   */
  TEAM_NOUNS,
  /** Nouns that head an institution's name with "für" ("Institut für …", "Akademie für …"). */
  INSTITUTION_NOUNS,
  /**
   * Heads of the names of houses of culture, learning and care that a city's name ends
   * ("Kunsthaus Graz", "Landestheater Linz", "Klinikum Wels"), lower case, matched as a compound's
   * head: the city after one is part of that name.
   */
  INSTITUTION_HEADS,
  /**
   * Heads of nouns for an organisation by its kind ("Gruppierung", "Miliz", "Piratenpartei"): a
   * place's own name right after one is the organisation's name, its genitive is the place's.
   */
  ORGANISATION_HEADS,
  /**
   * Heads of newspapers' names ("Zeitung", "Rundschau", "Abendblatt"): a place's adjective before
   * one is part of the name ("die Neue Osnabrücker Zeitung").
   */
  NEWSPAPER_HEADS,
  /** Articles of other languages that open the names of publications ("La Nacion", "The Guardian"). */
  FOREIGN_ARTICLES,
  /** Endings of street names, lower case: a word with one names a street ("Jehuda|straße"). */
  STREET_SUFFIXES,
  /** Endings of settlement names, lower case ("Rosen|heim", "Reutl|ingen", "Warne|münde"). */
  PLACE_SUFFIXES,
  /** Endings of region names, lower case ("Ziller|tal", "Pinz|gau", "Ems|land", "Most|viertel"). */
  REGION_SUFFIXES,
  /** The contracted prepositions before a region's name ("im Zillertal", "ins Emsland"). */
  REGION_PREPOSITIONS,
  /** Verbs of a match report whose subject or object is a team. */
  MATCH_VERBS,
  /** A player's or coach's role, as a word's or compound's end ("Stoke-Profi", "Co-Trainer"): the team comes with it. */
  TEAM_ROLES,
  /** Ends of a compound's last part that name a competition or play ("Europa-League", "Onisiwo-Assist"). */
  COMPETITION_HEADS,
  /** Ends of nouns for a firm by its trade ("Hersteller", "Chipproduzent", "Anbieter"), lower case. */
  FIRM_KINDS,
  /** Ends of words for a disease or its germ ("Krim-Kongo-Virus", "Lassa-Fieber"): named after a place, about none. */
  DISEASE_HEADS,
  /**
   * Ends of words for a league, a national team or a ranking ("Regionalliga", "Champions-League",
   * "Nationalteam", "Fußball-Weltrangliste"), lower case: a sign, with a player's role, of an
   * article on sport.
   */
  COMPETITION_WORDS,
  /** Coordinating and comparing conjunctions ("und", "sowie", "als"): no verb. */
  CONJUNCTIONS,
  /** The word before a side of a match: "gegen X". */
  MATCH_BEFORE,
  /** A player's move to a club, before "nach" or "zu": "wechselte nach Augsburg". */
  TRANSFER_WORDS,
  /** Words that open place names and stand alone as none ("San Luca", "Port Harcourt"; San in Mali). */
  PREFIX_WORDS,
  /** Points of the compass that open a region's name before a place's ("Ost|ukraine", "Nord|irak"). */
  COMPASS_PREFIXES,
  /** Small words inside a place's name, joining a list member's words ("Neuhaus am Inn"). */
  PLACE_JOINERS,
  /** Latin words that follow "in" in German phrases ("in puncto", "in spe", "in situ"), lower case. */
  LATIN_AFTER_IN,
  /** Currencies, lower case: "in Zloty", "in Forint" name no place. */
  CURRENCIES,
  /**
   * Heads of territories' names that take the article, lower case: "im Burgenland", "in der
   * Steiermark", "im Aargau".
   */
  TERRITORY_HEADS,
  /** Legal forms of firms, as written: after a place's name they make it a firm's ("Burgenland AG"). */
  LEGAL_FORMS,
  /** CLDR names that are no places in running text. */
  CLDR_NOT_PLACES,
  /** Countries (ISO codes, lower case) whose CLDR subdivisions (states, provinces) enter the gazetteer. */
  SUBDIVISION_COUNTRIES;

  /** The block name in {@code word-classes.txt}: the constant in lower case with hyphens. */
  String resourceName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
