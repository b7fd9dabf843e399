package de.presseschau.extract;

/**
 * The place rules: each a named way a place is recognised, or a named reason why a gazetteer
 * name is not a place here. Every place mention records the rule that found it, and each rule can
 * be switched off ({@link Extractor#withLocationRulesOff}) so that {@code ./evaluate locations
 * --ablate} measures what it is worth.
 */
public enum LocationRule {
  /**
   * A name of the gazetteer (GeoNames, CLDR, exonyms): "Tokio", "Nordrhein-Westfalen", also
   * romanised with macrons or breves ("Tōkyō" → Tokio, "Kaesŏng") or written with another
   * language's letters ("Gdańsk" → Danzig, "Wrocław", "Timișoara"), or a hyphenated name written
   * with a space ("Baden Württemberg", "Baden Baden"); a small
   * town also by the short name of an official one that places it by a region or river
   * ("Annweiler" of "Annweiler am Trifels").
   */
  GAZETTEER,
  /** "München/Hamburg": two places joined by a slash in a dateline. */
  SLASH_PAIR,
  /**
   * "US-Verbündeten", "Berlin-Charlottenburg": a place that opens a hyphenated compound; not
   * before a player's role or a competition ("Stoke-Profi", "Europa-League": a team's name), nor
   * before a newspaper's head ("Weser-Kurier"), a disease's ("das Krim-Kongo-Virus") or an English organisation's word
   * ("Alaska-Airlines"), nor after a club's word ("HSG Nordhorn-Lingen"). Two large places so
   * joined name a route or an axis, and both feed the facet as parts ("Dresden-Prag").
   */
  COMPOUND_PART,
  /**
   * A region named by a point of the compass before a country's, state's, region's or large city's
   * name, in one word: "in der Ostukraine", "im Nordirak", "Ostdeutschland", "Ostjerusalems" (the
   * genitive's place: Ostjerusalem). The place it is a part of feeds the facet too, as a mention
   * of kind {@code part} (Ukraine, Irak): a filter by the country finds its regions.
   */
  COMPASS_REGION,
  /**
   * Streets and squares: "Gubener Straße", "Jehudastraße", "Lehrter Bahnhof", "Rue Saint-Benoît",
   * "Via Roma", "Place Vendôme"; a capitalised adjective inside a clause before a street's word
   * ("die Steinerne Brücke", "am Hohen Markt"); numbered roads, one value per road ("Bundesstraße 216" and "B216"
   * are "B 216"; "auf der A1", "die Autobahnen A1, A4 und A44"; not an aircraft, "der A330", nor a
   * firm, "3 und A1"); English streets whole, "New Gower Street", "Outer Ring Road",
   * "Downing Street" (not a product's or work's name: "Google Street View", "Mad Max: Fury Road");
   * in an address, before a house number after "im", "am", "in der" or "an der", also
   * one that opens with an ordinary word ("in der Lindenstraße 5", "im Birkenweg 12"). The house
   * number belongs to the mention, not to the facet's name.
   */
  STREET,
  /**
   * Districts named by two places and "Kreis": "Rhein-Sieg-Kreises", also where the first is a
   * place of its own (not a compound part: the Rhine); not "der engste Bayern-Kreis".
   */
  DISTRICT,
  /** Regions by their ending after "im"/"ins"/"vom": "im Zillertal", "im Pinzgau", "ins Emsland". */
  REGION_SUFFIX,
  /** A dateline: "Pfaffenhofen (PK)", "Berlin (dpa)". */
  DATELINE,
  /**
   * A place-name prefix before an unknown name: "Bad X", "Sankt X", "San X", "New X", "Fort X";
   * not before an English word ("New Horizons"), nor inside a longer name ("das New Beverly
   * Cinema") or a person's ("Thania St. John"), by the filters {@link #ENGLISH_WORD}, {@link
   * #NAME_AFTER} and {@link #NAME_BEFORE}.
   */
  NAME_PREFIX,
  /**
   * A place noun or direction before an unknown name: "Stadt X", "nördlich von X". (For this and
   * the other rules of an unknown name, a region's genitive in -iens is faceted by its name: "die
   * Hauptstadt Jakutiens" → Jakutien; so is any name in -s after a vowel after a capital's noun:
   * "die Hauptstadt Tabascos" → Tabasco.)
   */
  PLACE_NOUN,
  /**
   * A two-word name in a place's slot (after a place preposition, place noun or direction): a
   * gazetteer word and a name word that no gazetteer or dictionary knows ("in Wien Währing", not
   * Wien; "im US-Bundesstaat Rode Island", not Island, Iceland), or two such name words ("in
   * Gornja Radgona"), and an unknown name in a place's slot over a Romance particle ("über der
   * Stadt Burguillos del Cerro"); neither a given name, a name the dictionary lists, the family name of a
   * person of the article ("dass in Linz Häupl fehlt") nor an English word ("Milwaukee Bucks").
   */
  MULTI_WORD_NAME,
  /**
   * A place preposition before an unknown name: "in X", "nach X", "aus X"; not before a given
   * name ("in Anna"), but for a state or large city so named ("aus Hagen", "in Virginia").
   */
  PLACE_PREPOSITION,
  /** "bei X-dorf", "am X-berg": a preposition and a place-name ending. */
  PLACE_SUFFIX,
  /** "im aargauischen Riniken": a regional adjective before an unknown name. */
  REGIONAL_ADJECTIVE,
  /**
   * "Iruma Air Base nördlich von Tokio", "das Werk Aurskog östlich von Oslo": a name before a
   * facility and a direction, or before the direction alone; not at the end of a longer name
   * ("Beit Anon südlich von Hebron": {@link #NAME_BEFORE}) nor a compound noun ("Schaffarm":
   * {@link #ORDINARY_WORD}).
   */
  FACILITY,
  /**
   * "zwischen Mittweida und Ringethal": an unknown name joined to a place just found; not before a
   * name particle ("Monte dei Paschi") or its own origin ("Ideogramma aus Zypern"), by {@link
   * #NAME_AFTER}.
   */
  COORDINATED,
  /**
   * "Berliner Polizei", "Kärntner Anzüge", "Bremer Polizei" (Brem|en), "der Spanier Rafael Nadal"
   * (Spani|en): a place's adjective or demonym in -er, also where a small town bears the
   * adjective's name ("der Erlanger Frauenarzt": Erlangen, not Erlanger in Kentucky); not a time
   * zone ("um 07:57 Moskauer Zeit"); it feeds the facet with the
   * place (Berlin, Kärnten), and its mention is of kind {@code derived}, not counted as a name.
   */
  DERIVED_ADJECTIVE,
  /**
   * Filter: a first name, title, club word, institution (also in the genitive: "des Flughafens
   * Brüssel") or organisation's kind before a gazetteer name, also before a title in quotation
   * marks ("der Zeitung „Neues Deutschland“") ("Paris Hilton", "FC Bayern",
   * "Kunsthaus Graz", "der Gruppierung Asow"; the place's genitive stays: "die LGBT-Bewegung
   * Chiles"), or before a compass region ("das Polizeipräsidium Westpfalz"); also before a list of
   * places ("an den Flughäfen Frankfurt am Main, Hamburg und Saarbrücken", "der Universitäten
   * Marburg, Gießen und Ulm"), and before a hyphenated place ("des Amtsgerichts
   * Berlin-Charlottenburg", "die Ärztekammer Westfalen-Lippe"; not a facility's word: "vom
   * Flughafen Moskau-Scheremetjewo" names a place, as GermEval tags it), and the second of two
   * names joined by a slash ("der Universität Witten/Herdecke").
   */
  NAME_OR_CLUB_BEFORE,
  /**
   * Filter: an article before a place that takes none ("der Bremen"), also over a quotation mark
   * ("der Absturz der „Columbia“"); "die" before a state or
   * region named like its people ("Die Schwaben feierten", "die Oberbayern", "hinter den
   * Schwaben"): the people or
   * their team.
   */
  ARTICLE_BEFORE,
  /**
   * Filter: a town whose name is also a word, used as that word ("ihrem Essen", "13 Siegen", "in
   * den Tiroler Bergen": after another place's adjective); a town after a numeral ("zwei Millionen
   * Acre": a unit); a town's genitive after a preposition that governs none and before no noun
   * ("bei Elkos": a plural); a
   * town named like a function word is that word outside a place's slot ("Allen gemeinsam ist").
   */
  WORD_IN_CONTEXT,
  /**
   * Filter: a name before the place makes one name of a club, firm or person ("Juventus Turin", "AS
   * Rom"); so does a Romance particle after a capitalised word or a foreign one in lower case
   * ("Universidad de Chile", "École polytechnique fédérale de Lausanne").
   */
  NAME_BEFORE,
  /**
   * Filter: what follows makes a name of an organisation or person ("Berlin 04", "Paris Hilton",
   * "Bayern München"); so does a capitalised name word after a one-word place that no preposition
   * or place noun introduces ("Mutter Gao Ying", "Hannibal Lecter", "Miami Heat", "Panama Papers"),
   * and a city's name after a state's or a landscape's or after a word that opens clubs' names ("Bayern München",
   * "Hessen Kassel", "Erzgebirge Aue", "Sparta Prag": a club); a place's adjective before such a word is the club's
   * too ("der Hamburger SV", "die Wiener Austria"); and an Arabic article joined to the next word
   * makes a longer name of the place's word and that ("Sahl al-Ghab", "Irfan al-Alawi"); an
   * ampersand, a type's code or a version number after it makes a firm or product ("Ernst &amp; Young",
   * "Hercules C-130", "Mesa 17.2");
   * a Latin species name after a genus in brackets makes a name of a species ("(Ursus arctos)");
   * a town's name alone in brackets after ordinary words, one of which it begins like, is their
   * abbreviation ("Deutscher Aktienindex (Dax)"); a newspaper's head after a town's adjective
   * makes the paper's name ("die Wiener Zeitung"; not "eine Colmarer Zeitung", "die Belgrader
   * Zeitung Danas": a paper described by its town).
   */
  NAME_AFTER,
  /**
   * Filter: a town named as its sports team, by a team nickname after it ("Milwaukee Bucks",
   * "Calgary Flames") or as a side in a match report, an article with a score ("Dortmund schlägt
   * Stuttgart 3:0", "gegen Wolfsburg", "3:0 bei Darmstadt", "trennten sich Freiburg und Dortmund
   * 2:2", "Ajax – Fenerbahce 2:1", "Ghana - Australien: 1:1", or opening a clause before its
   * verb: "Hannover holte nur 14 Punkte", "Ghana und Australien trennten sich"; a country before a
   * Roman team number, "Deutschland I"; a country there is its national team: "Argentinien steht
   * mit leeren Händen da"; a country with its standing in brackets, "Ecuador (3)", or before a
   * competition's stage, "Chile und Peru im Viertelfinale", "Argentinien hatte im WM-Viertelfinale",
   * in an article on sport), or as a player's club in a
   * report's statistics ("Marc Janko (Basel, 46/21)", "Platzverweis (Bilbao/86.)"); in a
   * line-up a name is a player's and the name before its colon the team's ("Salzburg: C.
   * Stankovic – Schmitz, Miranda, …"); the first side after a match noun ("Bundesligaspiel
   * Cottbus gegen Stuttgart"); a town's adjective before a player's role, also inflected, in an
   * article on sport ("der Jenaer Mittelfeldspieler", "des Mainzer Torhüters").
   */
  SPORTS_TEAM,
  /**
   * Filter: a town or country the article names as a sports team, in a club's name ("FC
   * Ingolstadt", "Bayer Leverkusen", "Hannover 96") or as a side ({@link #SPORTS_TEAM}; a country
   * as a national team only in a match report: "6:0-Sieg über San Marino"), is the
   * team wherever else the article names it outside a place's slot ("Ingolstadts Manager",
   * "Ingolstadt folgt auf Platz fünf", "das angeschlagene Leverkusen"), and so is the town's
   * adjective right before a person's name ("der Leverkusener Stefan Reinartz"); after a place preposition
   * or place noun, and as a dateline, it stays a place ("in Bremen", "bei Denver", "Wien –").
   */
  TEAM_IN_ARTICLE,
  /**
   * Filter: a town named only as the first part of compounds in an article is no place of it: so
   * named a town mostly stands for a club, firm, person or product ("Zagreb-Spieler",
   * "Andritz-Chef", "Pérez-Anhänger", "Parma-Schinken"); a country or region still feeds the facet
   * ("US-Präsident" → USA), and so does a town the article also names by itself.
   */
  TOWN_ONLY_IN_COMPOUNDS,
  /**
   * Filter: a one-word place that is the family name of a person the article names in full,
   * also in the genitive ("Marco Rubio … Rubio", "David Bowie … Bowies Umfeld"; a town's name right
   * after a well-known given name inside a person's name: "Michael Jackson Song … Jackson"), or after an
   * unlisted given name (also in -er or -e) with a role or nationality before it ("die Japanerin
   * Izumi Yamada") or a match minute after the town
   * ("Stürmer Enner Valencia", "Enner Valencia (57.)", "Quarterback Cam Newton … Druck auf
   * Newton"; elsewhere in the article not after a place's preposition); and a town under 100,000 inhabitants that the full-form dictionary knows only as
   * a family name ("Obama will …", "Kant und Kierkegaard"), unless a place's preposition or noun
   * or a dateline makes it the town ("in Roth").
   */
  PERSON_NAME,
  /**
   * Filter: a town's name with an "-s" is its genitive ("Tokios Bürgermeister"), except right
   * after a capitalised name word or right before a word that ends a name: there the "-s" word is
   * a name of its own ("Othmar Karas erklärte", "und Tamas Szanto als"), not the town Kara or Tama;
   * so is one that opens a sentence before a verb, with no noun to belong to ("Karas habe …"),
   * and one after an article other than the neuter genitive's "des" ("die Hamas", "der
   * radikalislamischen Hamas"; a town's: "des antiken Roms").
   */
  NAME_NOT_GENITIVE,
  /**
   * Filter: a place that ends the name of an institution "X für …" ("Hochschule für Technik
   * Rapperswil"), right after a noun of that name.
   */
  INSTITUTION_NAME,
  /**
   * Filter: a name in the genitive before the noun a preposition governs names that noun's owner,
   * not a place ("aus Apples Zulieferkette", "in Coppolas Trilogie").
   */
  GENITIVE_OWNER,
  /**
   * Filter: an unknown name after a place preposition that is a common English word is a borrowed
   * word or the title of a work, not a place ("in Clockwise spielt Cleese", "nach Gravity 2014",
   * "in Growls und Grunzern"); places that are English words too (Reading, Nice) are in the
   * gazetteer, and a place noun still counts ("im Stadtteil Wedding"). So is a town named like an
   * English word after a capitalised English word ("Windows Vista", "Urban Heat Islands") or
   * before an English noun that is no street's or facility's ("die Chatham House Rule"), a name
   * after an English prefix word ("New Horizons") and a street's ending after an English word
   * ("den Rankingplatz 438").
   */
  ENGLISH_WORD,
  /**
   * Filter: a capitalised word that no gazetteer knows is no place when the full-form dictionary
   * has it as an ordinary word, whole or as a hyphenated compound's last part ("in Ungnade",
   * "nach Belieben", "in Karenz", "in Dixi-Klos", "am Hauptbahnhof"): the word-class evidence the
   * small compound dictionary lacks; also a unit with a decimal prefix ("in Pikofarad").
   */
  ORDINARY_WORD,
  /**
   * Filter: a place-name ending that is the tail of a longer ordinary word makes no name of a word
   * no gazetteer knows: "in Privatbesitz" and "auf den Parteivorsitz" end in "besitz" and
   * "vorsitz", not in the Slavic "-itz" of Chemnitz; "vom Filmportal" ends in "portal", not in
   * "-tal"; "den Kriegsflüchtlingen" in "flüchtlingen", not in "-ingen". The same test as for
   * streets ("Onlinekäufer" is no "-ufer").
   */
  ENDING_IN_WORD,
  /**
   * Filter: a town in a list of names none of which is a place is named as one of what the list
   * names, a firm or a club ("Sony, Toshiba und Hitachi", "Gegner sind Manchester United, Bayer
   * Leverkusen, Valencia"); and an unknown name joined to a place does not become a place when the
   * list also holds a name that is none ("BayernLB, Kärnten und Grawe"); names joined to the town
   * only by this list go with it ("Edeka, Metro, Rewe, Lidl": Metro, Rewe and Lidl are firms).
   */
  LIST_OF_OTHER_NAMES,
  /**
   * Filter: a name that is (part of) the title of a work or the name of a vessel, probe, storm or
   * animal: after a noun for one ("im Film Lincoln", "die Raumsonde Rosetta", "der Bär Balu",
   * "das Trauerspiel Kabale und Liebe"), before a year in brackets ("In Indigo (2012)"), or inside
   * an English title ("the Temple of Doom"); a name so introduced is that thing wherever else the
   * article names it outside a place's slot ("die Raumsonde Rosetta … dass Rosetta über dem Lander
   * sitzt").
   */
  WORK_TITLE
}
