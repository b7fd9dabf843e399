package de.presseschau.extract;

import static de.presseschau.extract.WordClass.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds place names: gazetteer names (longest match, genitive forms, "TOKIO"), the place part of
 * a compound ("Indopazifik-Raum"), and names the gazetteer lacks when the context says they are
 * places ("in Iruma", "nördlich von X", "der Stadt X", "Gubener Straße"). Rejects place names
 * that belong to a person ("George Washington", "Paris Hilton") or an organisation ("Universität
 * Hamburg", "Washington Post").
 */
final class LocationFinder {

  /** A place mention: tokens first..last, the characters named, and the canonical name. */
  record Found(int first, int last, int start, int end, String canonical, LocationRule rule) {}

  /** Endings of German nouns that no town has: "nach Erkenntnissen", "in Hinkunft", "nach Mitternacht". */
  private static final java.util.regex.Pattern NOUN_ENDING =
      java.util.regex.Pattern.compile("(ung|ungen|heit|keit|schaft|tion|nis|nissen|nisse|kunft|nacht|nächte)$");

  /** A noun in -ung, -heit, -keit, -schaft, -tion or -ität, the linking s and a second part: "zahlungs|verzug". */
  private static final java.util.regex.Pattern NOUN_INFIX =
      java.util.regex.Pattern.compile("(\\p{L}{2,}(?:ung|heit|keit|schaft|tion|ität))s\\p{L}{3,}");

  private LocationFinder() {}

  static List<Found> find(TokenizedText tt, Lexicon lex, Gazetteer gaz, People people, Set<LocationRule> off) {
    List<Found> out = new ArrayList<>();
    // Towns the article names as a sports team or as a person's family name: they mean that
    // wherever else it names them, but in a place's slot.
    Set<String> otherMeaning = new java.util.HashSet<>();
    int n = tt.size();
    for (int i = 0; i < n; i++) {
      Token t = tt.get(i);
      if (!t.isCapitalised() || people.personAt(i) != null) {
        // Words of a person's name are not places ("George Washington"); a town's name after the
        // given name is the family name elsewhere in the article too ("Michael Jackson Song …
        // Jackson war gestorben", where the person index took "Song" for the family name).
        if (t.isCapitalised() && !off.contains(LocationRule.PERSON_NAME) && gaz.get(t) != null
            && familyNameAfterGivenName(tt, lex, gaz, i, i)) {
          otherMeaning.add(gaz.get(t).canonical());
        }
        continue;
      }
      if (!off.contains(LocationRule.WORK_TITLE) && workTitle(tt, lex, gaz, i)) {
        // "die Raumsonde Rosetta … dass Rosetta über dem Lander sitzt": a name the article
        // introduces as a work, vessel or probe is that thing wherever else it stands outside a
        // place's slot.
        int named = gazetteerMatch(tt, gaz, i);
        if (named >= 0 && workNounBefore(tt, lex, i)) {
          otherMeaning.add(placeAt(tt, gaz, i, named).canonical());
        }
        continue;
      }
      int last = off.contains(LocationRule.GAZETTEER) ? -1 : gazetteerMatch(tt, gaz, i);
      if (last == i && !off.contains(LocationRule.DERIVED_ADJECTIVE) && largerPlacesAdjective(tt, lex, gaz, i)) {
        last = -1;
      }
      if (last >= 0) {
        String canonical = placeAt(tt, gaz, i, last).canonical();
        if (!off.contains(LocationRule.TEAM_IN_ARTICLE) && SportsTeams.namesTeam(tt, lex, gaz, i, last, off)
            || !off.contains(LocationRule.PERSON_NAME) && familyNameAfterRole(tt, lex, gaz, i, last)) {
          otherMeaning.add(canonical);
        }
        if (acceptGazetteer(tt, lex, gaz, people, i, last, off)) {
          int end = off.contains(LocationRule.SLASH_PAIR) ? last : slashPartner(tt, gaz, lex, last);
          if (end > last) {
            // "München/Hamburg", "Darmstadt/Berlin": a dateline naming two places in one word.
            out.add(found(tt, i, end, canonical, LocationRule.SLASH_PAIR));
            Gazetteer.Place other = placeAt(tt, gaz, last + 2, end);
            if (other != null) {
              out.add(found(tt, i, end, other.canonical(), LocationRule.SLASH_PAIR));
            }
            last = end;
          } else if (!off.contains(LocationRule.MULTI_WORD_NAME) && nameWordEnds(tt, lex, gaz, people, i, last)) {
            // "in Wien Währing": the town's word opens a longer name.
            last++;
            out.add(found(tt, i, last, gaz.canonical(Gazetteer.normalise(
                tt.text.substring(t.start(), tt.get(last).end()))), LocationRule.MULTI_WORD_NAME));
          } else {
            out.add(found(tt, i, last, canonical, LocationRule.GAZETTEER));
          }
        }
        i = last;
        continue;
      }
      if (!off.contains(LocationRule.COMPASS_REGION) && compassRegion(tt, lex, gaz, i, out, off)) {
        continue;
      }
      Found part = off.contains(LocationRule.COMPOUND_PART) ? null : compoundPart(tt, lex, gaz, i, off);
      if (part != null) {
        out.add(part);
        Found other = part.end() < t.end() ? routeTail(tt, gaz, i) : null;
        if (other != null) {
          out.add(other);
        }
        continue;
      }
      Found derived = off.contains(LocationRule.DERIVED_ADJECTIVE) ? null : derivedAdjective(tt, lex, gaz, i);
      if (derived != null) {
        if ((off.contains(LocationRule.NAME_AFTER) || !SportsTeams.clubWordAfter(tt, lex, derived.last()) && !newspaperAfter(tt, lex, gaz, derived))
            && (off.contains(LocationRule.SPORTS_TEAM) || !(townKind(gaz, derived.canonical()) && SportsTeams.clubAdjective(tt, lex, derived.last())))) {
          out.add(derived);
        }
        continue;
      }
      Context ctx = byContext(tt, lex, gaz, people, i, off);
      if (ctx == null && !off.contains(LocationRule.COORDINATED) && coordinated(tt, lex, gaz, people, out, i, off)) {
        ctx = new Context(i, LocationRule.COORDINATED);
      }
      if (ctx != null && (ctx.rule() == LocationRule.PLACE_NOUN || ctx.rule() == LocationRule.PLACE_PREPOSITION
          || ctx.rule() == LocationRule.NAME_PREFIX) && !off.contains(LocationRule.MULTI_WORD_NAME)) {
        // "über der Stadt Burguillos del Cerro": an unknown name in a place's slot goes on over a
        // Romance particle and a capitalised word ("Santa Cruz de la Sierra"; not a coordinated
        // one: "Siena, Monte dei Paschi" is a bank).
        int tail = particleTail(tt, lex, ctx.last());
        if (tail > ctx.last()) {
          ctx = new Context(tail, LocationRule.MULTI_WORD_NAME);
        }
      }
      if (ctx != null) {
        String canonical = gaz.canonical(Gazetteer.normalise(tt.text.substring(t.start(), tt.get(ctx.last()).end())));
        // "die Hauptstadt Jakutiens": names of countries and regions in -ien take a genitive -s,
        // which is no part of the name (Jakutien).
        if (ctx.last() == i && canonical.length() > 6 && canonical.endsWith("iens") && ctx.rule() != LocationRule.STREET
            || ctx.last() == i && capitalsGenitive(tt, i)) {
          canonical = canonical.substring(0, canonical.length() - 1);
        }
        if (ctx.rule() == LocationRule.STREET) {
          canonical = roadName(canonical);
        }
        // An address's house number belongs to the mention ("Neuendorfer Straße 90c"), not to the
        // street's name in the facet.
        int end = ctx.rule() == LocationRule.STREET ? houseNumberAfter(tt, ctx.last()) : ctx.last();
        out.add(found(tt, i, end, canonical, ctx.rule()));
        i = end;
      }
    }
    // "FC Ingolstadt … Ingolstadt folgt auf Platz fünf", "Quarterback Cam Newton … Druck auf
    // Newton" (and the name itself: after a given name no place's slot stands).
    // A town's adjective right before a person's name is the team's too ("Bayer Leverkusen … der
    // Leverkusener Stefan Reinartz"; "der Wiener Alexander Peya" in a tennis report stays Vienna,
    // "der Italiener Mario Rossi" a nationality).
    if (!otherMeaning.isEmpty()) {
      out.removeIf(f -> otherMeaning.contains(f.canonical()) && (f.rule() == LocationRule.GAZETTEER
          && !placeSlot(tt, lex, f.first(), f.last())
          || f.rule() == LocationRule.DERIVED_ADJECTIVE && townKind(gaz, f.canonical()) && people.personAt(f.last() + 1) != null));
    }
    if (!off.contains(LocationRule.LIST_OF_OTHER_NAMES) && out.size() > 0) {
      dropListsOfOtherNames(tt, lex, gaz, out);
    }
    if (!off.contains(LocationRule.NAME_OR_CLUB_BEFORE) && !out.isEmpty()) {
      out.removeIf(f -> f.rule() != LocationRule.DERIVED_ADJECTIVE && f.rule() != LocationRule.COMPASS_REGION
          && listAfterInstitution(tt, lex, gaz, f.first()));
    }
    // "die Region Sahl al-Ghab", "Irfan al-Alawi": an Arabic article joined to the next word makes
    // one longer name with the word before it, which the gazetteer's word only begins.
    if (!off.contains(LocationRule.NAME_AFTER)) {
      out.removeIf(f -> f.first() == f.last() && arabicArticleAfter(tt, f.last()));
    }
    // The cheap test first (a bracket before a digit, as in a substitution's "(92."): the score's
    // look-up scans the whole text.
    if (!off.contains(LocationRule.SPORTS_TEAM) && !out.isEmpty() && SportsTeams.bracketBeforeDigit(tt.text) && SportsTeams.hasScore(tt)) {
      SportsTeams.dropLineUps(tt, out);
    }
    if (!off.contains(LocationRule.TOWN_ONLY_IN_COMPOUNDS)) {
      dropTownsOnlyInCompounds(tt, gaz, out);
    }
    return out;
  }

  /**
   * "die Hauptstadt Tabascos": after a capital's noun a name that no gazetteer knows, in -s after a
   * vowel, is the genitive of the region whose capital it is (Tabasco); the capitals themselves are
   * in the gazetteer ("die Hauptstadt Caracas").
   */
  private static boolean capitalsGenitive(TokenizedText tt, int i) {
    Token prev = tt.at(i - 1);
    String w = tt.get(i).text();
    return prev != null && tt.sameSentence(i - 1, i) && prev.lower().endsWith("hauptstadt") && w.length() > 4
        && w.endsWith("s") && "aeiou".indexOf(w.charAt(w.length() - 2)) >= 0;
  }

  /**
   * Whether a word in capitals stands in text set in capitals (a neighbour in capitals too) or
   * opens a sentence, as a dateline does ("TOKIO –", "BOCHUM Dass …"); inside ordinary text it
   * is an acronym ("von ADRA (Adventist …)").
   */
  private static boolean capsContext(TokenizedText tt, int k) {
    Token prev = tt.at(k - 1);
    Token next = tt.at(k + 1);
    return prev != null && tt.sameSentence(k - 1, k) && prev.isWord() && prev.isAllCaps() && prev.text().length() > 1
        || next != null && tt.sameSentence(k, k + 1) && next.isWord() && next.isAllCaps() && next.text().length() > 1
        || tt.sentenceStartOf(k) == k;
  }

  /**
   * Removes the compound parts naming a town that the article never names by itself: as the first
   * part of a compound a town mostly names a club, firm, person or product ("Zagreb-Spieler",
   * "Andritz-Chef", "Pérez-Anhänger", "Parma-Schinken"); a country or region still counts
   * ("US-Präsident", "Syrien-Krieg"). See {@link LocationRule#TOWN_ONLY_IN_COMPOUNDS}.
   */
  private static void dropTownsOnlyInCompounds(TokenizedText tt, Gazetteer gaz, List<Found> out) {
    Set<String> named = new java.util.HashSet<>();
    for (Found f : out) {
      if (!isPart(tt, f)) {
        named.add(f.canonical());
      }
    }
    out.removeIf(f -> isPart(tt, f) && !named.contains(f.canonical()) && townKind(gaz, f.canonical()));
  }

  /** Whether the mention is the head of a hyphenated compound, not a whole word. */
  private static boolean isPart(TokenizedText tt, Found f) {
    return f.rule() == LocationRule.COMPOUND_PART && f.end() < tt.get(f.last()).end();
  }

  private static boolean townKind(Gazetteer gaz, String canonical) {
    Gazetteer.Place p = gaz.get(canonical);
    // A canonical name that is no key is a town's German name that is also a word ("Rosette",
    // found as "Rosetta"): countries and regions are found by their canonical names.
    return p == null || p.kind() == Gazetteer.Kind.CITY;
  }

  /** Whether the token is the genitive of the place ("Tokios"), not its name as written. */
  static boolean genitiveForm(Token t, Gazetteer.Place p, Gazetteer gaz) {
    String s = t.text();
    return s.length() > 3 && s.endsWith("s") && !s.equals(p.canonical()) && gaz.get(s.substring(0, s.length() - 1)) == p;
  }

  /**
   * Whether the genitive-looking word at i is a name of its own: a town's "genitive" right after a
   * capitalised name word ("Othmar Karas") or right before one that ends a name ("Tamas Szanto
   * als"). See {@link LocationRule#NAME_NOT_GENITIVE}.
   */
  private static boolean nameNotGenitive(TokenizedText tt, Lexicon lex, Gazetteer gaz, int i) {
    Token prev = tt.at(i - 1);
    // "Karas habe daraufhin …": opening a sentence before a word in lower case the "-s" word has
    // no noun to belong to, neither after it (Tokios Stadion) nor before it (die Straßen Roms).
    // (An adjective may stand between: "Hannovers damaliger Oberbürgermeister".)
    Token after = tt.at(i + 1);
    Token noun = tt.at(i + 2);
    if (tt.sentenceStartOf(i) == i && after != null && tt.sameSentence(i, i + 1) && after.isWord() && after.isLowerCase()
        && !(noun != null && tt.sameSentence(i, i + 2) && noun.isCapitalised())) {
      return true;
    }
    // "die Hamas", "der radikalislamischen Hamas": a town is neuter, its genitive's article "des"
    // ("des antiken Roms"); after another article the "-s" word is a name of its own.
    int k = i - 1;
    while (k >= 0 && k > i - 4 && tt.sameSentence(k, i) && tt.get(k).isWord() && tt.get(k).isLowerCase()
        && !lex.is(ARTICLES, tt.get(k)) && ADJECTIVE_ENDING.matcher(tt.get(k).text()).find()) {
      k--;
    }
    if (k >= 0 && tt.sameSentence(k, i) && lex.is(ARTICLES, tt.get(k)) && !tt.get(k).is("des") && !tt.get(k).is("eines")
        && !tt.get(k).is("Des")) {
      return true;
    }
    if (prev != null && tt.sameSentence(i - 1, i) && prev.isCapitalised() && prev.isWord() && !prev.isAllCaps()
        && !lex.isStop(prev) && !lex.isCommonWord(prev) && !lex.isOrdinaryForm(prev.text()) && !lex.isRole(prev.text())
        && gaz.get(prev) == null && !commonTail(lex, gaz, prev.text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    Token next = tt.at(i + 1);
    return next != null && tt.sameSentence(i, i + 1) && nameWordAfter(tt, lex, gaz, i + 1)
        && !commonTail(lex, gaz, next.text().toLowerCase(Locale.ROOT));
  }

  /** An inflected adjective's ending: "radikalislamischen", "neue", "großer". */
  private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile("(e|en|er|es|em)$");

  /**
   * Whether a list joins a common noun, no place, to the word next to {@code at} in direction
   * {@code dir}: ", Geschenke", "oder Geschenke" after it; "Feierlichkeiten," before it.
   */
  private static boolean listedNoun(TokenizedText tt, Lexicon lex, Gazetteer gaz, int at, int dir) {
    Token joint = tt.at(at);
    Token noun = tt.at(at + dir);
    int word = at - dir; // the word the list joins the noun to
    if (joint == null || noun == null || !tt.sameSentence(Math.min(word, at + dir), Math.max(word, at + dir))
        || !(joint.isPunct(',') || joint.is("und") || joint.is("oder"))) {
      return false;
    }
    return noun.isCapitalised() && noun.isWord() && gaz.get(noun) == null
        && (lex.isCommonWord(noun) || lex.isOnlyOrdinaryForm(noun.text()));
  }

  /**
   * "in Sofioter Justizkreisen", "der Bad Ischler Dialog": a word in -er right before a capitalised
   * word is a place's adjective (they are written with a capital and not inflected), not a name.
   */
  private static boolean placeAdjective(TokenizedText tt, int i) {
    Token t = tt.get(i);
    Token next = tt.at(i + 1);
    return t.text().endsWith("er") && t.text().length() > 4 && next != null && tt.sameSentence(i, i + 1)
        && next.isCapitalised() && next.isWord() && next.start() > t.end();
  }

  /** Whether a word opens an organisation's or a club's name before a place ("Flughafen Wien", "FC Bayern"). */
  private static boolean opensOrgName(Lexicon lex, Token t) {
    return lex.is(ORG_BEFORE, t) || lex.is(CLUB_BEFORE, t) || institutionGenitive(lex, t.text());
  }

  /**
   * A word before a place that makes it part of an institution's, organisation's or club's name
   * ("Flughafen Wien", "FC Bayern", "Kunsthaus Graz", "Polizeipräsidium Westpfalz").
   */
  private static boolean institutionWord(Lexicon lex, Token t) {
    return opensOrgName(lex, t) || t.isCapitalised() && lex.headIn(INSTITUTION_HEADS, t.text());
  }

  /** "Flughafen", "des Flughafens", "Airport": a facility's word (`facilities`), also in the genitive. */
  private static boolean facilityWord(Lexicon lex, String word) {
    return lex.is(FACILITIES, word) || genitiveOf(lex, FACILITIES, word);
  }

  /** "des Flughafens Brüssel", "des Landgerichts Hamburg": the genitive of an institution's word. */
  private static boolean institutionGenitive(Lexicon lex, String word) {
    return genitiveOf(lex, ORG_BEFORE, word);
  }

  /** Whether the word is the genitive in -s or -es of a word of the class ("Flughafens", "Landgerichts"). */
  private static boolean genitiveOf(Lexicon lex, WordClass words, String word) {
    return word.length() > 4 && word.endsWith("s")
        && (lex.is(words, word.substring(0, word.length() - 1))
            || word.endsWith("es") && lex.is(words, word.substring(0, word.length() - 2)));
  }

  /** "Acapulco – Kurz vor Mitternacht": a name opening a paragraph or sentence before a dash, no result after it. */
  static boolean dateline(TokenizedText tt, int first, int last) {
    Token next = tt.at(last + 1);
    // Opening a paragraph or a sentence: in agency copy the dateline follows the lead in the same
    // paragraph ("… Gewissheit. Salzburg – Österreichs Fußballmeister …").
    boolean opens = tt.get(first).paragraphStart() || first == 0 || !tt.sameSentence(first - 1, first);
    if (!opens || next == null || !(next.is("–") || next.is("-"))) {
      return false;
    }
    return !RESULT_AFTER_DASH.matcher(tt.text).region(next.end(), tt.text.length()).lookingAt();
  }

  /** "– Republik Moldau 1:0", "- Australien: 1:1": the other side's name and the score, after a side and a dash. */
  private static final java.util.regex.Pattern RESULT_AFTER_DASH =
      java.util.regex.Pattern.compile("\\s*(\\p{Lu}[\\p{L}.'-]*:?\\s+){1,4}\\d{1,3}:\\d{1,3}");

  /**
   * Whether the name at i stands where a place stands: after a place preposition ("in Bremen",
   * "bei Denver"), a place noun or direction, or as a dateline opening a paragraph ("Wien –").
   */
  static boolean placeSlot(TokenizedText tt, Lexicon lex, int first, int last) {
    Token next = tt.at(last + 1);
    if (next != null && next.isPunct(',') && tt.sameSentence(last, last + 1)) {
      // "Wien, Ernst-Happel-Stadion, 48.500", "Santiago de Chile, 45.693 Zuschauer": the venue in
      // a match's statistics; "Abu Dhabi, wo er 2010 …".
      Token after = tt.at(last + 2);
      if (after != null && (after.is("wo") || Character.isDigit(after.text().charAt(0))
          || after.isCapitalised() && VENUE.matcher(after.text()).find())) {
        return true;
      }
    }
    Token prev = tt.at(first - 1);
    if (prev == null || !tt.sameSentence(first - 1, first)) {
      return dateline(tt, first, last) || next != null && (next.isPunct('(') || next.is("/"));
    }
    return lex.is(PLACE_PREPOSITIONS, prev) || prev.is("bei") || prev.is("durch")
        || lex.is(PLACE_NOUNS, prev) || lex.is(DIRECTIONS, prev) || prev.is("von") && directionBefore(tt, lex, first - 1)
        || prev.isLowerCase() && prev.text().endsWith("ischen"); // "im argentinischen Mendoza"
  }

  /**
   * Whether a place preposition, place noun (also ending a compound: "US-Bundesstaat") or
   * direction stands right before the token at i ("in", "Dorf", "östlich von"); not a preposition
   * that also names a match's other side ("gegen").
   */
  private static boolean slotBefore(TokenizedText tt, Lexicon lex, int i) {
    Token prev = tt.at(i - 1);
    if (prev == null || !tt.sameSentence(i - 1, i)) {
      return false;
    }
    String p = prev.text();
    int h = p.lastIndexOf('-');
    return lex.is(PLACE_PREPOSITIONS, prev) || lex.is(PLACE_NOUNS, prev) || h > 0 && lex.is(PLACE_NOUNS, p.substring(h + 1))
        || lex.is(DIRECTIONS, prev) || prev.is("von") && directionBefore(tt, lex, i - 1);
  }

  /**
   * Whether the word at k may be one word of a place's name that no list knows: no given name,
   * no name the dictionary lists (Merkel) and no family name of a person of the article, nor a
   * word in -er ("Schweizer").
   */
  private static boolean plainNameWord(TokenizedText tt, Lexicon lex, People people, int k) {
    Token w = tt.get(k);
    String s = w.text();
    return people.personAt(k) == null && !lex.isFirstName(w) && !lex.isProperNameForm(s) && !lex.isOnlyFamilyName(s)
        && !familyName(people, s) && !s.endsWith("er");
  }

  /**
   * "in Wien Währing": a one-word town in a place's slot, before a name word that no gazetteer or
   * dictionary knows and that ends the name, makes one name with it; see {@link
   * LocationRule#MULTI_WORD_NAME}.
   */
  private static boolean nameWordEnds(TokenizedText tt, Lexicon lex, Gazetteer gaz, People people, int first, int last) {
    int k = last + 1;
    Token next = tt.at(k);
    if (first != last || next == null || !tt.sameSentence(last, k) || next.start() != tt.get(last).end() + 1
        || placeAt(tt, gaz, first, last).kind() != Gazetteer.Kind.CITY || !slotBefore(tt, lex, first)) {
      return false;
    }
    Token after = tt.at(k + 1);
    // Not a team's nickname, an English word ("Milwaukee Bucks"), nor after a name's prefix word
    // ("San Felice sul Panaro": NAME_PREFIX's).
    return nameWordAfter(tt, lex, gaz, k) && plainNameWord(tt, lex, people, k)
        && !lex.isEnglishWord(next.lower()) && !lex.is(PREFIX_WORDS, tt.get(first))
        && !(after != null && tt.sameSentence(k, k + 1) && lex.is(NAME_PARTICLES, after));
  }

  /**
   * "im US-Bundesstaat Rode Island", "in Gornja Radgona": an unknown name word in a place's slot
   * before a one-word gazetteer name or another unknown name word that ends the name makes one
   * name with it; see {@link LocationRule#MULTI_WORD_NAME}.
   */
  private static boolean nameWordOpens(
      TokenizedText tt, Lexicon lex, Gazetteer gaz, People people, int i, Set<LocationRule> off) {
    Token next = tt.at(i + 1);
    Token after = tt.at(i + 2);
    // Not a genitive before the place ("in Putins Russland").
    return next.start() == tt.get(i).end() + 1 && !tt.get(i).text().endsWith("s") && slotBefore(tt, lex, i)
        && plainNameWord(tt, lex, people, i) && !opensOrgName(lex, tt.get(i))
        // Not a compound noun before the name, known by its last part ("nahe Jihadistenhochburg Raqqa").
        && !lex.isCommonWord(tt.get(i)) && !endsInLongNoun(lex, tt.get(i).lower())
        && people.personAt(i + 1) == null
        && (gazetteerMatch(tt, gaz, i + 1) == i + 1 || unknownTwoWordName(tt, lex, gaz, people, i, off))
        && !(after != null && tt.sameSentence(i + 1, i + 2) && (after.isCapitalised() && after.isWord()
            || lex.is(NAME_PARTICLES, after)));
  }

  /** Whether the word ends in a noun of six letters or more after three or more ("jihadisten|hochburg"). */
  private static boolean endsInLongNoun(Lexicon lex, String lower) {
    for (int p = 3; p <= lower.length() - 6; p++) {
      if (lex.isOnlyOrdinaryForm(Character.toUpperCase(lower.charAt(p)) + lower.substring(p + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "in Gornja Radgona", "in der Region Phang Nga": two name words no list knows, neither an
   * English word (the title of a work: "in Downton Abbey").
   */
  private static boolean unknownTwoWordName(
      TokenizedText tt, Lexicon lex, Gazetteer gaz, People people, int i, Set<LocationRule> off) {
    Token next = tt.get(i + 1);
    return nameWordAfter(tt, lex, gaz, i + 1) && plainNameWord(tt, lex, people, i + 1)
        && unknownName(next, lex, gaz, off)
        && !lex.isEnglishWord(next.lower()) && !lex.isEnglishWord(tt.get(i).lower());
  }

  private static final java.util.regex.Pattern VENUE =
      java.util.regex.Pattern.compile("(?i)(stadion|arena|halle|park|ring)");

  /**
   * "Ostukraine", "Nordiraks": a point of the compass glued to the name of a country, state,
   * region or large city names a part of it, a place of its own; see {@link
   * LocationRule#COMPASS_REGION}.
   */
  private static boolean compassRegion(
      TokenizedText tt, Lexicon lex, Gazetteer gaz, int i, List<Found> out, Set<LocationRule> off) {
    Token t = tt.get(i);
    String s = t.text();
    String prefix = s.indexOf('-') < 0 && !t.isAllCaps() ? lex.opening(COMPASS_PREFIXES, s, 4) : null;
    if (prefix == null || !Character.isLowerCase(s.charAt(prefix.length()))) {
      return false;
    }
    String rest = Character.toUpperCase(s.charAt(prefix.length())) + s.substring(prefix.length() + 1);
    Gazetteer.Place p = gaz.get(rest);
    // The genitive ("des Nordiraks", "Südtirols"; the gazetteer knows some genitives itself).
    Gazetteer.Place bare = rest.endsWith("s") ? gaz.get(rest.substring(0, rest.length() - 1)) : null;
    if (bare != null && (p == null || p.canonical().equals(bare.canonical()))) {
      rest = rest.substring(0, rest.length() - 1);
      p = bare;
    }
    // A city's name that is a German word too makes a compound noun of that word ("Süd|derby").
    // Waters too: "in den Nordatlantik", "im Südpazifik".
    if (p == null || p.canonical().indexOf(' ') >= 0 || !(p.kind() == Gazetteer.Kind.COUNTRY || p.kind() == Gazetteer.Kind.STATE
        || p.kind() == Gazetteer.Kind.REGION || p.kind() == Gazetteer.Kind.WATER
        || gaz.isLargeCity(p.canonical()) && !lex.isOrdinaryForm(rest))) {
      return false;
    }
    // "das Polizeipräsidium Westpfalz": a region named after an institution's word ends its name
    // (NAME_OR_CLUB_BEFORE, as for a gazetteer name).
    Token prev = tt.at(i - 1);
    if (!off.contains(LocationRule.NAME_OR_CLUB_BEFORE) && prev != null && tt.sameSentence(i - 1, i) && institutionWord(lex, prev)) {
      return false;
    }
    // The word as written, not the place's canonical name: Nordengland is no part of Großbritannien's north.
    out.add(found(tt, i, i, s.substring(0, prefix.length() + rest.length()), LocationRule.COMPASS_REGION));
    // The place it is a part of feeds the facet too, as a part of the word ("Ostukraine" →
    // Ukraine): a filter by the country finds the region.
    int from = t.start() + prefix.length();
    out.add(new Found(i, i, from, from + rest.length(), p.canonical(), LocationRule.COMPASS_REGION));
    return true;
  }

  /** A house number: "12", "5a", "90c". */
  private static final java.util.regex.Pattern HOUSE_NUMBER = java.util.regex.Pattern.compile("[1-9]\\d{0,3}[a-z]?");

  /**
   * The house number's token after a street's name at k, or k: a number that no noun or unit
   * follows ("Lindenstraße 5 brannte", "Birkenweg 12,"; not "Arbeitsplatz 3 Tage").
   */
  private static int houseNumberAfter(TokenizedText tt, int k) {
    Token number = tt.at(k + 1);
    if (number == null || !tt.sameSentence(k, k + 1) || number.start() != tt.get(k).end() + 1
        || !HOUSE_NUMBER.matcher(number.text()).matches()) {
      return k;
    }
    Token after = tt.at(k + 2);
    boolean ends = after == null || !tt.sameSentence(k + 1, k + 2)
        || !after.isWord() && !after.isPunct('%')
        || after.isLowerCase() && after.text().length() > 1 && hasVowel(after.text()); // not "12 km"
    return ends ? k + 1 : k;
  }

  /** "im", "am", "in der", "an der" right before the token at i: where an address's street stands. */
  private static boolean addressSlot(TokenizedText tt, int i) {
    Token prev = tt.at(i - 1);
    if (prev == null || !tt.sameSentence(i - 1, i)) {
      return false;
    }
    if (prev.is("im") || prev.is("am") || prev.is("Im") || prev.is("Am")) {
      return true;
    }
    Token prev2 = tt.at(i - 2);
    return prev.is("der") && prev2 != null && tt.sameSentence(i - 2, i - 1)
        && (prev2.is("in") || prev2.is("an") || prev2.is("In") || prev2.is("An"));
  }

  /** "nördlich von X": a direction before "von". */
  private static boolean directionBefore(TokenizedText tt, Lexicon lex, int von) {
    Token d = tt.at(von - 1);
    return d != null && tt.sameSentence(von - 1, von) && lex.is(DIRECTIONS, d);
  }

  private static Found found(TokenizedText tt, int first, int last, String canonical, LocationRule rule) {
    return new Found(first, last, tt.get(first).start(), tt.get(last).end(), canonical, rule);
  }

  /** A place the context marks: its last token and the rule that saw it. */
  private record Context(int last, LocationRule rule) {}

  /** The last token of the longest gazetteer name starting at i, or -1. */
  private static int gazetteerMatch(TokenizedText tt, Gazetteer gaz, int i) {
    Token t = tt.get(i);
    Token next = tt.at(i + 1);
    boolean hyphen = next != null && next.is("-") && next.start() == t.end();
    int max = gaz.isFirstWord(t) ? Math.min(gaz.longestName() + 2, tt.size() - i) : hyphen ? Math.min(3, tt.size() - i) : 1;
    for (int len = max; len >= 1; len--) {
      int last = i + len - 1;
      if (len > 1 && !tt.sameSentence(i, last)) {
        continue;
      }
      if (placeAt(tt, gaz, i, last) != null) {
        return last;
      }
    }
    return -1;
  }

  static Gazetteer.Place placeAt(TokenizedText tt, Gazetteer gaz, int first, int last) {
    if (first == last && !tt.get(first).isAllCaps()) {
      return gaz.get(tt.get(first)); // the token's kept answer
    }
    String surface = tt.text.substring(tt.get(first).start(), tt.get(last).end());
    Gazetteer.Place p = gaz.get(surface);
    if (p == null && last == first + 1 && tt.get(last).isCapitalised() && tt.get(last).start() > tt.get(first).end()) {
      // "Baden Baden", "Baden Württemberg": a hyphenated name written with a space.
      p = gaz.get(tt.get(first).text() + "-" + tt.get(last).text());
    }
    if (p == null && first == last && tt.get(first).isAllCaps() && surface.length() > 3 && capsContext(tt, first)) {
      // "TOKIO" in a headline.
      p = gaz.get(surface.charAt(0) + surface.substring(1).toLowerCase(Locale.ROOT));
    }
    return p;
  }

  /**
   * A gazetteer name at tokens first..last and its neighbours in the sentence (prev and next are
   * null at the sentence's edges): what the filters of {@link #acceptGazetteer} look at.
   */
  private record Hit(TokenizedText tt, int first, int last, Gazetteer.Place place, Token word, Token prev, Token next) {

    static Hit at(TokenizedText tt, Gazetteer gaz, int first, int last) {
      Token prev = tt.at(first - 1);
      Token next = tt.at(last + 1);
      return new Hit(tt, first, last, placeAt(tt, gaz, first, last), tt.get(first),
          prev != null && tt.sameSentence(first - 1, first) ? prev : null,
          next != null && tt.sameSentence(last, last + 1) ? next : null);
    }

    /** The token k places before the name, or null (also before the text's start). */
    Token before(int k) {
      return tt.at(first - k);
    }

    boolean oneWord() {
      return first == last;
    }

    boolean kind(Gazetteer.Kind k) {
      return place.kind() == k;
    }

    /** Whether the name is written as the place's canonical name (no genitive, no other spelling). */
    boolean asCanonical() {
      return place.canonical().equals(word.text());
    }

    /** Whether the place's name is a noun that takes no article ("in Wien"; not "in der Steiermark"). */
    boolean bare() {
      return !place.kind().takesArticle();
    }
  }

  /**
   * Whether the gazetteer's name at first..last names a place here: none of the rules that see
   * another meaning in its context (each a {@link LocationRule}, switched off by {@code off})
   * applies.
   */
  private static boolean acceptGazetteer(
      TokenizedText tt, Lexicon lex, Gazetteer gaz, People people, int first, int last, Set<LocationRule> off) {
    Hit h = Hit.at(tt, gaz, first, last);
    return !(!off.contains(LocationRule.NAME_OR_CLUB_BEFORE) && nameOrClubBefore(h, lex, gaz)
        || !off.contains(LocationRule.ARTICLE_BEFORE) && articleBefore(h, lex)
        || !off.contains(LocationRule.WORD_IN_CONTEXT) && wordInContext(h, lex, gaz)
        || !off.contains(LocationRule.NAME_BEFORE) && nameBefore(h, lex, gaz)
        || !off.contains(LocationRule.INSTITUTION_NAME) && endsInstitutionName(tt, lex, first)
        || !off.contains(LocationRule.PERSON_NAME) && personsName(h, lex, gaz, people)
        || !off.contains(LocationRule.NAME_NOT_GENITIVE) && h.oneWord() && h.kind(Gazetteer.Kind.CITY)
            && genitiveForm(h.word(), h.place(), gaz) && nameNotGenitive(tt, lex, gaz, first)
        || !off.contains(LocationRule.ENGLISH_WORD) && englishName(h, lex, gaz)
        || !off.contains(LocationRule.SPORTS_TEAM) && sideOfMatch(h, lex, gaz)
        || !off.contains(LocationRule.NAME_AFTER) && nameAfter(h, lex, gaz, people, off));
  }

  /** {@link LocationRule#NAME_OR_CLUB_BEFORE}: a name's, title's, institution's or club's word before the place. */
  private static boolean nameOrClubBefore(Hit h, Lexicon lex, Gazetteer gaz) {
    Token prev = h.prev();
    if (prev == null) {
      return false;
    }
    if (lex.opensName(prev) || lex.isTitle(prev.text()) || institutionWord(lex, prev)
        || prev.isCapitalised() && lex.headIn(ORGANISATION_HEADS, prev.text()) && !genitiveForm(h.word(), h.place(), gaz)) {
      return true;
    }
    Token before = h.before(2);
    // "Sultan Qabus", "die Konkubine Cixi", "Präsident Obama": a role right before a town's
    // one-word name makes it a person's; not the town's genitive ("die Außenminister Athens"),
    // nor after a preposition, whose object the role is ("im Börse-Vorstand Wien": where).
    if (h.oneWord() && h.kind(Gazetteer.Kind.CITY) && prev.isCapitalised() && lex.isRole(prev) && h.asCanonical()
        && !(before != null && h.tt().sameSentence(h.first() - 2, h.first() - 1) && lex.is(LOCAL_PREPOSITIONS, before))) {
      return true;
    }
    // "FC Bayern München"
    return before != null && prev.isCapitalised() && opensOrgName(lex, before) || quotedAfterInstitution(h.tt(), lex, h.first())
        || slashAfterInstitution(h, lex);
  }

  /**
   * "Universität Witten/Herdecke", "Flughafen Köln/Bonn": the second of two names joined by a slash
   * after an institution's word belongs to its name, as the first does.
   */
  private static boolean slashAfterInstitution(Hit h, Lexicon lex) {
    TokenizedText tt = h.tt();
    int first = h.first();
    Token slash = h.prev();
    Token other = h.before(2);
    Token head = h.before(3);
    return slash.is("/") && slash.end() == h.word().start() && other != null && other.end() == slash.start()
        && other.isCapitalised() && head != null && tt.sameSentence(first - 3, first) && institutionWord(lex, head);
  }

  /** {@link LocationRule#ARTICLE_BEFORE}: an article before a place whose name takes none. */
  private static boolean articleBefore(Hit h, Lexicon lex) {
    Token prev = h.prev();
    if (prev == null) {
      return false;
    }
    TokenizedText tt = h.tt();
    Token prev2 = h.before(2);
    // ", die Halle werde …": after a comma "die" may be a relative pronoun before a town's
    // name, but not before an ordinary noun.
    boolean relative = prev2 != null && prev2.isPunct(',') && !(h.oneWord() && lex.isOrdinaryForm(h.word().text()));
    boolean territory = lex.ending(TERRITORY_HEADS, h.place().canonical().toLowerCase(Locale.ROOT), 3) != null;
    // "im Burgenland", "in der Steiermark": a state named with a noun that has its article keeps it.
    if (h.bare() && lex.is(PLACE_DETERMINERS, prev) && !relative && !territory) {
      return true;
    }
    // "der Absturz der „Columbia“": also over an opening quotation mark (a vessel's or work's name).
    if (h.bare() && TokenizedText.isQuoteMark(prev) && prev.end() == h.word().start() && prev2 != null
        && tt.sameSentence(h.first() - 2, h.first()) && lex.is(PLACE_DETERMINERS, prev2) && !territory
        && !nounAfterQuote(tt, h.last())) {
      return true;
    }
    // "Die Schwaben feierten", "die Bayern", "hinter den Schwaben": after "die" or the plural's
    // "den" a state or region named like its people (a plural in -n) that is neuter as a place
    // ("in Bayern", "das Oberbayern") or a people's noun is the people, or their team; "die
    // Pfalz", "in den Alpen" stay.
    return (h.kind(Gazetteer.Kind.STATE) || h.kind(Gazetteer.Kind.REGION)) && h.oneWord()
        && (prev.is("die") || prev.is("Die") || prev.is("den")) && !relative && h.asCanonical()
        && h.word().text().endsWith("n") && lex.isNeuterOrPeople(h.word().text());
  }

  /** {@link LocationRule#WORD_IN_CONTEXT}: a town whose name is also a word, where it is that word. */
  private static boolean wordInContext(Hit h, Lexicon lex, Gazetteer gaz) {
    if (!h.oneWord()) {
      return false;
    }
    TokenizedText tt = h.tt();
    int first = h.first();
    String text = h.word().text();
    Token prev = h.prev();
    if (prev != null) {
      // So is a word of the full-form dictionary after a possessive ("mit seinem Van").
      if (h.bare() && lex.isOnlyOrdinaryForm(text) && lex.is(POSSESSIVES, prev)) {
        return true;
      }
      // "ihrem Essen", "13 Siegen", "nach zwei Siegen", "näselnden Klangs": a town whose name is
      // also a word, after a possessive, a number or an inflected word, is that word.
      String p = prev.text();
      if (h.bare() && lex.isSimpleWord(text.toLowerCase(Locale.ROOT))
          && (lex.is(POSSESSIVES, prev) || Character.isDigit(p.charAt(0)) || lex.is(QUANTITIES, prev)
              || prev.isLowerCase() && p.length() > 3
                  && (p.endsWith("en") || p.endsWith("em") || p.endsWith("er") || p.endsWith("es") || p.endsWith("e"))
                  && !lex.is(PLACE_PREPOSITIONS, prev) && !lex.is(NEAR, prev))) {
        return true;
      }
      // "zwei Millionen Acre", "drei Dutzend Essen": after a numeral a town's name is a unit or a
      // plural noun named like it, unless a place's preposition stands before the numeral.
      if (h.kind(Gazetteer.Kind.CITY) && lex.is(NUMERALS, prev) && !slotBefore(tt, lex, first - 1)) {
        return true;
      }
      // "bei Elkos nach der Kathode": a town's genitive needs a noun to belong to; after a
      // preposition that governs no genitive and before no noun or adjective it is a plural noun
      // (not "in Tokios Innenstadt", "in Tokios größtem Park").
      Token next = h.next();
      if (genitiveForm(h.word(), h.place(), gaz) && lex.is(DATIVE_PREPOSITIONS, prev)
          && (next == null || !next.isWord() || lex.is(PREPOSITIONS, next) || lex.is(CONJUNCTIONS, next))) {
        return true;
      }
      Token article = h.before(2);
      boolean articleSame = article != null && tt.sameSentence(first - 2, first);
      // "das niederösterreichische Derby": a town whose name is also a noun of the full-form
      // dictionary, after an article and an inflected adjective, is that noun ("das alte Wien" stays).
      if (h.bare() && articleSame && (lex.is(ARTICLES, article) || lex.is(DETERMINERS, article))
          && prev.isLowerCase() && p.length() > 3 && p.endsWith("e") && lex.isOrdinaryForm(text)) {
        return true;
      }
      // "der neue Darwin der Humanwissenschaften": a town's name is neuter ("das alte Wien"); after
      // a masculine article and an adjective it names a person or a thing (not after a noun, where
      // "der" is a genitive).
      if (h.kind(Gazetteer.Kind.CITY) && articleSame && prev.isLowerCase() && p.length() > 3
          && ((article.is("der") || article.is("Der")) && p.endsWith("e")
              || (article.is("den") || article.is("einen")) && p.endsWith("en"))
          && (h.before(3) == null || !tt.sameSentence(first - 3, first - 2) || !h.before(3).isCapitalised())) {
        return true;
      }
      // "in den Tiroler Bergen": a town whose name is also a noun of the full-form dictionary,
      // after a place's adjective, is that noun (a town takes no adjective of another place).
      if (h.kind(Gazetteer.Kind.CITY) && prev.isCapitalised() && p.endsWith("er") && lex.isOrdinaryForm(text)
          && derivedAdjective(tt, lex, gaz, first - 1) != null) {
        return true;
      }
    }
    // "bei Feierlichkeiten, Essen oder Geschenke": a town whose name is a word, between common
    // nouns in a list, is that word; also at the head of a list of two more ("verteilte Essen,
    // Decken, Zahnbürsten").
    if (h.bare() && lex.isOrdinaryForm(text) && listedNoun(tt, lex, gaz, first + 1, +1)
        && (listedNoun(tt, lex, gaz, first - 1, -1) || listedNoun(tt, lex, gaz, first + 3, +1))) {
      return true;
    }
    // "Allen gemeinsam ist …": a town named like a German function word ("allen", "man") is that
    // word, unless a place's preposition or noun makes it the town ("nach Allen").
    return h.kind(Gazetteer.Kind.CITY) && lex.isFunctionWord(text.toLowerCase(Locale.ROOT)) && !placeSlot(tt, lex, first, h.last());
  }

  /** {@link LocationRule#NAME_BEFORE}: a place that ends a longer name. */
  private static boolean nameBefore(Hit h, Lexicon lex, Gazetteer gaz) {
    Token prev = h.prev();
    if (prev == null) {
      return false;
    }
    TokenizedText tt = h.tt();
    // "Collegio Teutonico di Santa Maria", "Universidad de Chile": after a Romance name particle
    // that follows a capitalised word the place ends a longer name.
    // So after a word of another language in lower case: "École polytechnique fédérale de
    // Lausanne", "Banca popolare di Milano" (no German word stands before "de" or "di").
    Token beforeParticle = h.before(2);
    if (lex.is(NAME_PARTICLES, prev) && beforeParticle != null && tt.sameSentence(h.first() - 2, h.first() - 1)
        && beforeParticle.isWord() && (beforeParticle.isCapitalised() || foreignLowerCase(lex, beforeParticle))) {
      return true;
    }
    // "Juventus Turin", "Carl Zeiss Jena", "AS Rom", "Air Berlin", "Juri Gagarin": a name before a
    // place name makes both one name, of a club, firm or person.
    String pv = prev.text();
    return prev.isCapitalised() && prev.isWord() && !lex.isStop(pv) && gaz.get(pv) == null && !lex.isRole(pv)
        && (prev.isAllCaps() || !lex.isCommonWord(pv) || pv.equals("Air"))
        && !pv.endsWith("er") && !pv.endsWith("e") && !(prev.isAllCaps() && pv.length() == 1)
        && h.place().canonical().equals(tt.text.substring(h.word().start(), tt.get(h.last()).end()));
  }

  /** A word in lower case that is no German word: no function word, dictionary word or form of one ("fédérale"). */
  private static boolean foreignLowerCase(Lexicon lex, Token t) {
    String w = t.text();
    return t.isLowerCase() && w.length() > 3 && !lex.isStop(t) && !lex.isSimpleWord(w) && !lex.isOrdinaryForm(w)
        && !lex.is(PREPOSITIONS, t) && !lex.is(CONJUNCTIONS, t);
  }

  /** {@link LocationRule#PERSON_NAME}: a one-word town's name that is a person's family name here. */
  private static boolean personsName(Hit h, Lexicon lex, Gazetteer gaz, People people) {
    if (!h.oneWord()) {
      return false;
    }
    // "Obama will …", "Kant und Kierkegaard", "Che, Mao, Marx": a small town's name that the
    // full-form dictionary knows only as a family name is the person, but where a place's
    // preposition, a place noun or a dateline makes it the town ("in Roth").
    Gazetteer.Place p = h.place();
    return familyName(people, h.word().text())
        || h.kind(Gazetteer.Kind.CITY) && (h.asCanonical() || genitiveForm(h.word(), p, gaz))
            && !gaz.isLargeCity(p.canonical()) && lex.isOnlyFamilyName(p.canonical())
            && !placeSlot(h.tt(), lex, h.first(), h.last());
  }

  /**
   * {@link LocationRule#ENGLISH_WORD}: "Urban Heat Islands", "Windows Vista": a town's name (or
   * its "-s" form) that is an English word, after a capitalised English word, belongs to an
   * English name ("Chief Executive Hongkongs" is a German genitive: Hongkongs is no English word).
   */
  private static boolean englishName(Hit h, Lexicon lex, Gazetteer gaz) {
    Token prev = h.prev();
    return h.oneWord() && prev != null && (genitiveForm(h.word(), h.place(), gaz) || h.kind(Gazetteer.Kind.CITY))
        && lex.isEnglishWord(h.word().lower()) && h.tt().sentenceStartOf(h.first()) != h.first() - 1
        && prev.isCapitalised() && prev.isWord() && lex.isEnglishWord(prev.lower()) && !lex.isStop(prev);
  }

  /** {@link LocationRule#SPORTS_TEAM}: a town, state or country named as a side of a match. */
  private static boolean sideOfMatch(Hit h, Lexicon lex, Gazetteer gaz) {
    TokenizedText tt = h.tt();
    int first = h.first();
    int last = h.last();
    if (h.kind(Gazetteer.Kind.COUNTRY)) {
      // "Argentinien steht damit wieder mit leeren Händen da": in a match report a country that
      // opens a clause before its verb is the national team.
      return SportsTeams.nationalTeam(tt, lex, gaz, h.place(), first, last) || SportsTeams.clauseSubject(tt, lex, first, last) && SportsTeams.hasScore(tt);
    }
    // A canton or city state is a club's town as a city is ("Jantscher (Luzern, 16/1)").
    // "nach dem Spiel gegen Mattersburg", "Pflichtsieg gegen Palermo": a town after a match noun
    // and "gegen" or "über" is the team. "wechselte nach Augsburg", "war zuletzt bei Cottbus
    // engagiert", "kam bei Tottenham nicht zum Zug": in an article on team sport a town after a
    // transfer's "nach"/"zu", or after "bei" that follows no name ("Le Bourget bei Paris"), is a
    // player's club.
    return (h.kind(Gazetteer.Kind.CITY) || h.kind(Gazetteer.Kind.STATE))
        && (SportsTeams.sportsTeam(tt, lex, gaz, first, last) || SportsTeams.matchSide(tt, lex, first)
            || SportsTeams.playersClub(tt, lex, first) && SportsTeams.sportsArticle(tt, lex));
  }

  /** {@link LocationRule#NAME_AFTER}: a word after the place that makes it part of a longer name. */
  private static boolean nameAfter(Hit h, Lexicon lex, Gazetteer gaz, People people, Set<LocationRule> off) {
    Token next = h.next();
    if (next == null) {
      return false;
    }
    TokenizedText tt = h.tt();
    int first = h.first();
    int last = h.last();
    Token prev = h.prev();
    Token word = h.word();
    String nx = next.text();
    if (lex.is(ORG_AFTER, nx) || SportsTeams.clubNumberAfter(tt, lex, first, last) || legalFormAfter(tt, lex, last)
        || organisationWordAfter(tt, lex, last)) {
      return true;
    }
    // "in San Felice sul Panaro", "aus San Luca": a name's prefix word found as a place of its
    // own (San in Mali) before a capitalised word is the start of a longer name.
    if (h.oneWord() && lex.is(PREFIX_WORDS, word) && next.isCapitalised() && next.isWord()
        && next.start() == word.end() + 1) {
      return true;
    }
    // "Deutscher Aktienindex (Dax)", "Millimeter Array (Alma)": a town's name alone in brackets
    // after ordinary words, one of which it begins like, is their abbreviation (not after a
    // place, a person or an unknown name: "Winsen (Luhe)", "Hoerner Bank (Heidelberg)").
    if (h.oneWord() && prev != null && prev.isPunct('(') && next.isPunct(')') && abbreviationOf(tt, lex, gaz, people, first)) {
      return true;
    }
    // "Braunbären (Ursus arctos)": a genus in brackets before its species in lower case.
    Token close = tt.at(last + 2);
    if (prev != null && prev.isPunct('(') && next.isWord() && next.isLowerCase() && close != null && close.isPunct(')')
        && !lex.isOrdinaryForm(nx) && !lex.isStop(nx) && !lex.isEnglishWord(nx) && nx.length() > 3) {
      return true;
    }
    // "Ernst & Young": an ampersand joins the names of a firm; "Hercules C-130", "Wendelstein
    // 7-X": a type's code after a name makes it a product's or facility's; so does a version
    // number ("Mesa 17.2", "Ubuntu 16.04").
    if (next.is("&") || prev != null && prev.is("&") || MODEL_CODE.matcher(nx).matches()
        || VERSION_AFTER.matcher(tt.text).region(tt.get(last).end(), tt.text.length()).lookingAt()) {
      return true;
    }
    // "Stade de France", "Monte dei Paschi": a Romance name particle and a capitalised word after
    // a place make a longer name that the gazetteer does not know (it knows "Rio de Janeiro").
    Token after = tt.at(last + 2);
    if (lex.is(NAME_PARTICLES, next) && after != null && tt.sameSentence(last + 1, last + 2) && after.isCapitalised()
        && after.isWord() && next.start() > tt.get(last).end()) {
      return true;
    }
    // "Paris Hilton": a place name followed by a family name met in the article.
    if (people.personAt(last + 1) != null) {
      return true;
    }
    if (!h.oneWord()) {
      return false;
    }
    // "Mutter Gao Ying,": a one-word place name, not introduced as a place, before a name word
    // makes both one name (as NAME_BEFORE, the other way round).
    boolean placeContext = prev != null && (lex.is(PLACE_PREPOSITIONS, prev) || lex.is(NEAR, prev) || lex.is(PLACE_NOUNS, prev));
    if (!placeContext && h.asCanonical() && nameWordAfter(tt, lex, gaz, last + 1)) {
      return true;
    }
    // "die sogenannte Chatham House Rule": so does an English noun that is no German word nor a
    // street's or facility's ("Oxford Street" stays, "Dublin Airport" is FACILITY's).
    if (!placeContext && !off.contains(LocationRule.ENGLISH_WORD) && h.asCanonical()
        && next.isCapitalised() && next.isWord() && next.start() == word.end() + 1
        && lex.isEnglishWord(next.lower()) && !lex.isCommonWord(next) && !lex.isStop(next)
        && !lex.is(STREET_WORDS, next) && !lex.is(FACILITIES, next) && gaz.get(next) == null) {
      return true;
    }
    // "Bayern München", "Hessen Kassel": a state's name right before a city's makes a club's;
    // so does a word that opens clubs' names ("Sparta Prag", "Austria Salzburg").
    Gazetteer.Place city = gaz.get(next);
    return (h.kind(Gazetteer.Kind.STATE) || h.kind(Gazetteer.Kind.LANDSCAPE) || opensOrgName(lex, word)) && city != null
        && city.kind() == Gazetteer.Kind.CITY && next.start() > word.end();
  }

  /**
   * Whether the town's name at i, in brackets, abbreviates the noun phrase before them: the up to
   * three capitalised words right before the bracket are ordinary German or English words (no
   * place, no person's name, no unknown name: "Hoerner Bank (Heidelberg)" is where the bank is),
   * and one of them opens with the name's first letter.
   */
  private static boolean abbreviationOf(TokenizedText tt, Lexicon lex, Gazetteer gaz, People people, int i) {
    Token noun = tt.at(i - 2);
    Gazetteer.Place p = gaz.get(tt.get(i));
    if (p == null || p.kind() != Gazetteer.Kind.CITY || noun == null
        || !(lex.isCommonWord(noun) || lex.isEnglishWord(noun.lower()))) {
      return false;
    }
    char initial = Character.toUpperCase(tt.get(i).text().charAt(0));
    boolean matches = false;
    int words = 0;
    for (int k = i - 2; k >= 0 && words < 3 && tt.sameSentence(k, i); k--) {
      Token w = tt.get(k);
      if (!w.isWord() || !w.isCapitalised() || lex.isStop(w)) {
        break;
      }
      if (gaz.get(w) != null || people.personAt(k) != null || lex.isFirstName(w)
          || !(lex.isCommonWord(w) || lex.isEnglishWord(w.lower()))) {
        return false;
      }
      matches |= w.text().charAt(0) == initial;
      words++;
    }
    return matches;
  }

  /** A saint's day after "Sankt": "Sankt Martinstag", "bis zum Sankt Nimmerleinstag". */
  private static final java.util.regex.Pattern SAINTS_DAY = java.util.regex.Pattern.compile("tag(s|es)?$");

  /** An adjective in -isch, inflected ("im chinesischen Uigurischen Autonomen Gebiet"). */
  private static final java.util.regex.Pattern ISCH_INFLECTED = java.util.regex.Pattern.compile("ische[nmrs]?$");

  /** A type's code: "C-130", "A380", "7-X", "MiG-29" is not one (a name with a capital inside). */
  private static final java.util.regex.Pattern MODEL_CODE =
      java.util.regex.Pattern.compile("\\p{Lu}{1,3}-?\\d{1,4}\\p{Lu}?|\\d{1,3}-\\p{Lu}{1,2}");

  /**
   * A version number after a name: " 17.2", " 16.04", " 2.6.32"; not a number with a thousands'
   * point (" 12.000"), a time (" 12.30 Uhr") or a date (" 17.2.").
   */
  private static final java.util.regex.Pattern VERSION_AFTER =
      java.util.regex.Pattern.compile(" \\d{1,3}\\.\\d{1,2}(?:\\.\\d{1,3})?(?![.,\\d])(?!\\s*Uhr)");

  /** An Arabic article joined to the next word of a name: "al-Ghab", "el-Arisch", "asch-Scharif". */
  private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile("(al|el|as|asch|ad|ar|an|at|az)-\\p{Lu}");

  /** Whether an Arabic article and name ("al-Ghab") follow the word at i, one space after it. */
  private static boolean arabicArticleAfter(TokenizedText tt, int i) {
    Token next = tt.at(i + 1);
    return next != null && next.start() == tt.get(i).end() + 1 && tt.sameSentence(i, i + 1)
        && ARABIC_ARTICLE.matcher(next.text()).lookingAt();
  }

  /**
   * Whether the token at {@code i} is a capitalised name word ending a name: no ordinary word, no
   * place, stop word, role or facility, not inflected like a noun (-en, -es, -te), not hyphenated,
   * and no capitalised word after it ("Ying" in "Gao Ying,", "Lecter", "Heat").
   */
  private static boolean nameWordAfter(TokenizedText tt, Lexicon lex, Gazetteer gaz, int i) {
    Token w = tt.get(i);
    String s = w.text();
    Token after = tt.at(i + 1);
    return w.isCapitalised() && w.isWord() && !w.isAllCaps() && s.length() > 2
        && !s.endsWith("en") && !s.endsWith("te") && !s.endsWith("es") && !s.contains("-")
        && gaz.get(s) == null && !lex.isCommonWord(s) && !lex.isStop(s) && !lex.isRole(s) && !lex.is(FACILITIES, s)
        && (after == null || !tt.sameSentence(i, i + 1) || !after.isCapitalised());
  }

  /**
   * "die Neue Osnabrücker Zeitung", "das Hamburger Abendblatt": a newspaper's name made of a town's
   * adjective and a newspaper's head. Not where the two describe a paper by its town: after an
   * indefinite article ("eine Colmarer Zeitung") or before the paper's own name ("die Belgrader
   * Zeitung Danas", "der Athener Zeitung „Kathimerini“").
   */
  private static boolean newspaperAfter(TokenizedText tt, Lexicon lex, Gazetteer gaz, Found derived) {
    int i = derived.last();
    Token next = tt.at(i + 1);
    if (next == null || !tt.sameSentence(i, i + 1) || !next.isCapitalised() || !lex.headIn(NEWSPAPER_HEADS, next.text())
        || !townKind(gaz, derived.canonical())) {
      return false;
    }
    Token article = tt.at(derived.first() - 1);
    if (article != null && tt.sameSentence(derived.first() - 1, derived.first())
        && lex.is(INDEFINITE_ARTICLES, article.lower())) {
      return false;
    }
    int k = i + 2;
    if (tt.at(k) != null && TokenizedText.isQuoteMark(tt.get(k))) {
      k++;
    }
    Token own = tt.at(k);
    return !(own != null && tt.sameSentence(i, k) && own.isCapitalised() && own.isWord() && !lex.isCommonWord(own)
        && !lex.isStop(own));
  }

  /**
   * "der verstorbene Erlanger Frauenarzt": a small town's name in -er (Erlanger, Kentucky) used as an
   * adjective before a noun is the adjective of a large city, a state or a country (Erlangen).
   */
  private static boolean largerPlacesAdjective(TokenizedText tt, Lexicon lex, Gazetteer gaz, int i) {
    Gazetteer.Place own = gaz.get(tt.get(i));
    if (own == null || own.kind() != Gazetteer.Kind.CITY || gaz.isLargeCity(own.canonical())) {
      return false;
    }
    Found derived = derivedAdjective(tt, lex, gaz, i);
    if (derived == null || derived.canonical().equals(own.canonical())) {
      return false;
    }
    Gazetteer.Place of = gaz.get(derived.canonical());
    return of != null && (gaz.isLargeCity(of.canonical()) || of.kind() == Gazetteer.Kind.STATE || of.kind() == Gazetteer.Kind.COUNTRY);
  }

  /**
   * "Berliner Polizei", "in Kärntner Anzügen", "Münchner Polizei": a place's adjective in -er, made from
   * the name ("Berlin|er") or from its stem before -en ("Kärnt|en" → "Kärnt|ner", "Münch|en" →
   * "Münch|ner"). It names the place, as a derivation; see {@link LocationRule#DERIVED_ADJECTIVE}.
   */
  private static Found derivedAdjective(TokenizedText tt, Lexicon lex, Gazetteer gaz, int i) {
    Token t = tt.get(i);
    String s = t.text();
    if (s.length() < 6 || !s.endsWith("er") || t.isAllCaps() || s.indexOf('-') >= 0) {
      return null;
    }
    // Used as an adjective, before its noun; not a street's own name ("Gubener Straße"), and not a
    // word or surname that happens to end like one ("Berater", "(Lindner)").
    Token next = tt.at(i + 1);
    if (next == null || !tt.sameSentence(i, i + 1) || !next.isCapitalised() || !next.isWord()
        || lex.is(STREET_WORDS, next) || lex.isCommonWord(s) || lex.isRole(s)
        || lex.isOrdinaryForm(s.toLowerCase(Locale.ROOT))) { // "Bester Film": an adjective of its own
      return null;
    }
    String stem = s.substring(0, s.length() - 2);
    // "um 07:57 Moskauer Zeit", "10 Uhr Pekinger Zeit": a time zone says when, not where.
    Token prev = tt.at(i - 1);
    if (next.is("Zeit") && prev != null && tt.sameSentence(i - 1, i)
        && (prev.is("Uhr") || Character.isDigit(prev.text().charAt(prev.text().length() - 1)))) {
      return null;
    }
    // "New Yorker Polizei": the adjective of a two-word name, made from its last word.
    if (prev != null && tt.sameSentence(i - 1, i) && prev.isCapitalised() && prev.isWord()) {
      Gazetteer.Place whole = gaz.get(prev.text() + " " + stem);
      if (whole != null && whole.kind() != Gazetteer.Kind.WATER) {
        return new Found(i - 1, i, prev.start(), t.end(), whole.canonical(), LocationRule.DERIVED_ADJECTIVE);
      }
    }
    Gazetteer.Place p = gaz.get(stem);
    if (p == null && stem.endsWith("n")) {
      p = gaz.get(stem.substring(0, stem.length() - 1) + "en");
    }
    if (p == null) {
      p = gaz.get(stem + "en"); // "Erlang|er" → Erlangen, "Göttinger", "Bremer"
    }
    if (p == null || p.kind() == Gazetteer.Kind.WATER) {
      return null;
    }
    return new Found(i, i, t.start(), t.end(), p.canonical(), LocationRule.DERIVED_ADJECTIVE);
  }

  /**
   * Whether the place at first ends the name of an institution "X für …" ("Hochschule für Technik
   * Rapperswil", "Institut für Kunst im öffentlichen Raum Steiermark"): right after a noun of that
   * name, with no preposition of place between ("Institut für Kernphysik in Mainz" names Mainz).
   */
  private static boolean endsInstitutionName(TokenizedText tt, Lexicon lex, int first) {
    Token prev = tt.at(first - 1);
    if (prev == null || !tt.sameSentence(first - 1, first) || !prev.isCapitalised() || !prev.isWord()) {
      return false;
    }
    for (int k = first - 2; k >= Math.max(0, first - 8) && tt.sameSentence(k, first); k--) {
      Token t = tt.get(k);
      if (!t.isWord() || lex.is(PLACE_PREPOSITIONS, t)) {
        return false;
      }
      if (t.is("für")) {
        Token head = tt.at(k - 1);
        return head != null && tt.sameSentence(k - 1, k)
            && (lex.is(ORG_BEFORE, head) || lex.isOrganisation(head) || lex.is(INSTITUTION_NOUNS, head));
      }
    }
    return false;
  }

  /** Whether the capitalised word at i is (part of) the title of a work; see {@link LocationRule#WORK_TITLE}. */
  private static boolean workTitle(TokenizedText tt, Lexicon lex, Gazetteer gaz, int i) {
    // The title right after its noun ("Eröffnungsoper", "US-Soap"); "Thriller, USA 1959" names a
    // country. (A place's genitive after the noun is its owner, no title: "die Mission Kubas".)
    if (workNounBefore(tt, lex, i) && !placeGenitive(tt, gaz, i)) {
      return true;
    }
    int before = wordBefore(tt, i);
    Token prev = tt.at(before);
    Token next = tt.at(i + 1);
    if (prev != null && tt.sameSentence(before, i) && lex.is(ENGLISH_TITLE_WORDS, prev)
        || next != null && tt.sameSentence(i, i + 1) && lex.is(ENGLISH_TITLE_WORDS, next)) {
      return true;
    }
    if (titleOpensBefore(tt, lex, i)) {
      return true;
    }
    // "In Indigo (2012)", "(Bandits, USA 2001)", "mit Arlington Park (2007)": a year in brackets
    // after the name and at most two more capitalised words.
    int k = i + 1;
    while (k <= i + 2 && tt.at(k) != null && tt.sameSentence(i, k) && tt.get(k).isCapitalised() && tt.get(k).isWord()) {
      k++;
    }
    Token open = tt.at(k);
    Token year = tt.at(k + 1);
    return open != null && year != null && open.isPunct('(') && tt.sameSentence(i, k + 1)
        && isYear(year.text());
  }

  /** "1998", "2012": a year of the last or this century (a test per token: no regular expression). */
  private static boolean isYear(String s) {
    return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && isAsciiDigit(s.charAt(2))
        && isAsciiDigit(s.charAt(3));
  }

  /**
   * "an den Flughäfen Frankfurt am Main, München, … Münster-Osnabrück und Saarbrücken", "der
   * Universitäten Wien und Graz": a later member of a list of names right after an institution's
   * word, whose first member is a place too, is one of the institutions, as the first is ("die
   * Universität Wien"); not a publisher's places after its name ("Verlag Paul Haupt, Bern und
   * Stuttgart") nor after a comma ("Hirzel Verlag, Stuttgart").
   */
  private static boolean listAfterInstitution(TokenizedText tt, Lexicon lex, Gazetteer gaz, int first) {
    boolean separator = false;
    for (int k = first - 1; k >= 0 && k >= first - 30 && tt.sameSentence(k, first); k--) {
      Token t = tt.get(k);
      if (t.isPunct(',') || t.is("und") || t.is("sowie")) {
        separator = true;
      } else if (t.isCapitalised() && t.isWord() && separator && institutionWord(lex, t)
          && gaz.get(tt.get(k + 1)) != null) { // the first a place too: not "Verlag Paul Haupt, Bern"
        return true;
      } else if (!(t.isCapitalised() || t.is("-") || t.is("/") || t.is("am"))) { // "Frankfurt am Main"
        return false;
      }
    }
    return false;
  }

  /**
   * "der Zeitung „Beijing Shibao“", "die Partei „Neue Rechte“": a name in quotation marks right
   * after an institution's or organisation's word is that one's title (also its second word).
   */
  private static boolean quotedAfterInstitution(TokenizedText tt, Lexicon lex, int first) {
    int k = first - 1;
    for (int words = 0; words < 2 && k >= 0 && tt.sameSentence(k, first) && tt.get(k).isCapitalised() && tt.get(k).isWord(); words++) {
      k--;
    }
    Token quote = tt.at(k);
    Token noun = tt.at(k - 1);
    return quote != null && noun != null && tt.sameSentence(k - 1, first) && TokenizedText.isQuoteMark(quote)
        && quote.end() == tt.get(k + 1).start() && noun.isCapitalised()
        && (institutionWord(lex, noun) || lex.headIn(ORGANISATION_HEADS, noun.text()));
  }

  /**
   * The last token of a name that goes on after token k over Romance particles and a capitalised
   * word ("Burguillos del Cerro", "Santa Cruz de la Sierra"), or k.
   */
  private static int particleTail(TokenizedText tt, Lexicon lex, int k) {
    int at = k + 1;
    while (at < tt.size() && tt.sameSentence(k, at) && lex.is(NAME_PARTICLES, tt.get(at)) && tt.get(at).isLowerCase()) {
      at++;
    }
    Token word = tt.at(at);
    return at > k + 1 && word != null && tt.sameSentence(k, at) && word.isCapitalised() && word.isWord() ? at : k;
  }

  /**
   * "Rhein-Sieg-Kreis", "des Rems-Murr-Kreises": a district named by two places and "Kreis"; not
   * "der engste Bayern-Kreis" (a club's circle).
   */
  private static boolean districtName(String s) {
    int first = s.indexOf('-');
    return (s.endsWith("-Kreis") || s.endsWith("-Kreises")) && first > 0 && s.indexOf('-', first + 2) > 0;
  }

  /** "dem „Central“ Bezirk": a closing quotation mark and a noun, to which the article before belongs. */
  private static boolean nounAfterQuote(TokenizedText tt, int last) {
    Token quote = tt.at(last + 1);
    Token noun = tt.at(last + 2);
    return quote != null && noun != null && TokenizedText.isQuoteMark(quote) && tt.sameSentence(last, last + 2)
        && noun.isCapitalised() && noun.isWord();
  }

  /** The word before i, over a quotation mark between them: "des Typs „Sokol“". */
  private static int wordBefore(TokenizedText tt, int i) {
    return tt.at(i - 1) != null && TokenizedText.isQuoteMark(tt.get(i - 1)) ? i - 2 : i - 1;
  }

  /** Whether a noun for a work, vessel or type stands right before i (behind a quotation mark perhaps). */
  private static boolean workNounBefore(TokenizedText tt, Lexicon lex, int i) {
    int k = wordBefore(tt, i);
    Token prev = tt.at(k);
    return prev != null && tt.sameSentence(k, i) && prev.facts().ask(WordFacts.Fact.WORK_NOUN, w -> workNoun(lex, w));
  }

  /** "Kubas", "Tokios": the word at i is a known place's genitive, no name of its own. */
  private static boolean placeGenitive(TokenizedText tt, Gazetteer gaz, int i) {
    String word = tt.get(i).text();
    Gazetteer.Place stem = word.length() > 3 && word.endsWith("s") ? gaz.get(word.substring(0, word.length() - 1)) : null;
    return stem != null && genitiveForm(tt.get(i), stem, gaz);
  }

  /** "Film", "Eröffnungsoper", "US-Soap": a noun for a work, before its title. */
  private static boolean workNoun(Lexicon lex, String word) {
    int h = word.lastIndexOf('-');
    return lex.is(WORK_NOUNS, word) || Character.isUpperCase(word.charAt(0)) && lex.headIn(WORK_HEADS, word)
        || h > 0 && h + 1 < word.length() && lex.is(WORK_NOUNS, word.substring(h + 1)); // "ESA-Mission", "ORF-Film"
  }

  /**
   * "die Eröffnungsoper Die Eroberung von Mexico", "mit Die Bradshaw Variationen": an article
   * written with a capital after a word inside a sentence opens a title, which runs over
   * capitalised words and the joining words of {@link WordClass#TITLE_JOINERS}.
   */
  private static boolean titleOpensBefore(TokenizedText tt, Lexicon lex, int i) {
    for (int k = i - 1; k >= i - 5 && k > tt.sentenceStartOf(i); k--) {
      Token t = tt.get(k);
      if (lex.is(TITLE_ARTICLES, t)) {
        Token before = tt.get(k - 1);
        return before.isWord();
      }
      if (!(t.isCapitalised() && t.isWord() || lex.is(TITLE_JOINERS, t))) {
        return false;
      }
    }
    return false;
  }

  /** Whether the word, or the word without a genitive s, is the family name of a person named in full. */
  private static boolean familyName(People people, String word) {
    String key = People.fold(word);
    String bare = word.length() > 3 && word.endsWith("s") ? People.fold(word.substring(0, word.length() - 1)) : null;
    for (People.Person person : people.people) {
      if (person.isFullName() && (person.lastKey().equals(key) || person.lastKey().equals(bare))) {
        return true;
      }
    }
    return false;
  }

  /** The last token of "A/B" when a place A is joined by a slash to another name B, else a's index. */
  private static int slashPartner(TokenizedText tt, Gazetteer gaz, Lexicon lex, int a) {
    Token slash = tt.at(a + 1);
    Token b = tt.at(a + 2);
    if (slash != null && b != null && slash.isPunct('/') && slash.start() == tt.get(a).end() && b.start() == slash.end()
        && b.isCapitalised() && (gaz.get(b) != null || !lex.isCommonWord(b))) {
      int whole = gazetteerMatch(tt, gaz, a + 2); // "New York/San Juan", "Khartum/Den Haag"
      return Math.max(whole, a + 2);
    }
    return a;
  }

  /**
   * "Indopazifik-Raum", "US-Verbündeten": the place that opens a hyphenated compound; the whole
   * word when the rest is a name too ("Berlin-Charlottenburg", "Köln-Wahn").
   */
  private static Found compoundPart(TokenizedText tt, Lexicon lex, Gazetteer gaz, int i, Set<LocationRule> off) {
    Token t = tt.get(i);
    int h = t.text().indexOf('-');
    if (h <= 1) {
      return null;
    }
    String head = t.text().substring(0, h);
    Gazetteer.Place p = gaz.get(head);
    if (p == null) {
      return null;
    }
    if (districtName(t.text())) {
      return null; // "des Rhein-Sieg-Kreises": a district's name (DISTRICT), not a part of the Rhine
    }
    String tail = t.text().substring(h + 1);
    String lowerTail = tail.toLowerCase(Locale.ROOT);
    if (lex.ending(TEAM_ROLES, lowerTail, 0) != null || lex.ending(COMPETITION_HEADS, lowerTail, 0) != null) {
      return null; // "Stoke-Profi", "Graz-Coach", "Europa-League": a team's or competition's name
    }
    if (lex.is(CURRENCIES, lowerTail)) {
      return null; // "US-Dollar", "Hongkong-Dollar": a currency, named after the state that issues it
    }
    // "das Krim-Kongo-Virus", "das Krim-Kongo Virus", "Krim-Kongo-Virus-Oberflächenprotein": a
    // disease named after where it was found.
    Token after = tt.at(i + 1);
    for (String part : lowerTail.split("-")) {
      if (lex.ending(DISEASE_HEADS, part, 0) != null) {
        return null;
      }
    }
    if (after != null && tt.sameSentence(i, i + 1) && after.isCapitalised() && lex.ending(DISEASE_HEADS, after.lower(), 0) != null) {
      return null;
    }
    if (lex.ending(NEWSPAPER_HEADS, lowerTail, 0) != null) {
      return null; // "dem Weser-Kurier", "die Rhein-Zeitung": a newspaper's name
    }
    if (lex.is(STREET_SUFFIXES, lowerTail) && p.kind() != Gazetteer.Kind.CITY && p.kind() != Gazetteer.Kind.COUNTRY) {
      return null; // "Wörthersee-Stadion", "Bodensee-Arena": a venue named after a lake or region (STREET's)
    }
    // "bei der HSG Nordhorn-Lingen": a club's word before the compound makes it the club's name;
    // an institution's does the institution's ("des Amtsgerichts Berlin-Charlottenburg", "die
    // Ärztekammer Westfalen-Lippe"), but for a facility's, whose name is a place's ("vom Flughafen
    // Moskau-Scheremetjewo", as GermEval tags it).
    Token prev = tt.at(i - 1);
    if (prev != null && tt.sameSentence(i - 1, i) && (lex.is(CLUB_BEFORE, prev)
        || !off.contains(LocationRule.NAME_OR_CLUB_BEFORE) && institutionWord(lex, prev) && !facilityWord(lex, prev.text()))) {
      return null;
    }
    // "des Alaska-Airlines-Fluges": an English word that ends organisations' names after the
    // place ("US-Universität", "Iran-Abkommen" name the place as a part).
    String tailHead = tail.indexOf('-') > 0 ? tail.substring(0, tail.indexOf('-')) : tail;
    if (lex.is(ORG_AFTER, tailHead) && lex.isEnglishWord(tailHead.toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (tail.contains("-") && multiPartName(lex, tail)) {
      return null; // "Mason-Dixon-Line", "Rhein-Energie-Stadion": the place begins a longer name
    }
    // "Dresden-Prag", "Achse Berlin-Paris": two places joined name a route or an axis between
    // them, no district; the head is one place here, the tail the other (routeTail).
    if (routeTail(tt, gaz, i) != null) {
      return new Found(i, i, t.start(), t.start() + h, p.canonical(), LocationRule.COMPOUND_PART);
    }
    if ((p.kind() == Gazetteer.Kind.CITY || p.kind() == Gazetteer.Kind.STATE) && !tail.isEmpty()
        && Character.isUpperCase(tail.charAt(0)) && !tail.contains("-")
        && (!lex.isCommonWord(tail) && !lex.isOnlyOrdinaryForm(tail) || lex.is(DISTRICTS, tail)) && !lex.isRole(tail)
        && !lex.isOrganisation(tail)) {
      return new Found(i, i, t.start(), t.end(), t.text(), LocationRule.COMPOUND_PART);
    }
    return new Found(i, i, t.start(), t.start() + h, p.canonical(), LocationRule.COMPOUND_PART);
  }

  /**
   * The second place of "Dresden-Prag", "Köln-Paris": a compound of two places, each a country, a
   * state or a city of 100,000 or more (a district's name is smaller: "Berlin-Charlottenburg",
   * "Essen-Kettwig" stay one name); null when the token is none.
   */
  private static Found routeTail(TokenizedText tt, Gazetteer gaz, int i) {
    Token t = tt.get(i);
    String s = t.text();
    int h = s.indexOf('-');
    if (h <= 1 || h != s.lastIndexOf('-') || h + 2 > s.length()) {
      return null;
    }
    Gazetteer.Place head = gaz.get(s.substring(0, h));
    Gazetteer.Place tail = gaz.get(s.substring(h + 1));
    if (head == null || tail == null || !major(gaz, head) || !major(gaz, tail)) {
      return null;
    }
    return new Found(i, i, t.start() + h + 1, t.end(), tail.canonical(), LocationRule.COMPOUND_PART);
  }

  private static boolean major(Gazetteer gaz, Gazetteer.Place p) {
    return p.kind() == Gazetteer.Kind.COUNTRY || p.kind() == Gazetteer.Kind.STATE
        || p.kind() == Gazetteer.Kind.CITY && gaz.isLargeCity(p.canonical());
  }

  /**
   * Whether the hyphenated rest of a compound after a place makes one name with it: a further
   * capitalised name part that is no ordinary word ("Dixon-Line"), or a venue at the end
   * ("Energie-Stadion").
   */
  private static boolean multiPartName(Lexicon lex, String tail) {
    String[] parts = tail.split("-");
    String end = parts[parts.length - 1];
    if (!end.isEmpty() && Character.isUpperCase(end.charAt(0)) && VENUE.matcher(end).find()) {
      return true;
    }
    for (int k = 0; k < parts.length - 1; k++) {
      String part = parts[k];
      if (part.length() < 2 || !Character.isUpperCase(part.charAt(0)) || lex.isCommonWord(part)
          || lex.isOrdinaryForm(part) || lex.isStop(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Wirtschaft Burgenland AG", "Limbach Installtec GmbH", "Weserstadion GmbH": a firm's legal
   * form after the name, next to it or after one or two more capitalised words of the sentence,
   * makes the name part of the firm's.
   */
  private static boolean legalFormAfter(TokenizedText tt, Lexicon lex, int last) {
    for (int k = last + 1; k <= last + 3; k++) {
      Token t = tt.at(k);
      if (t == null || !tt.sameSentence(last, k) || !t.isCapitalised()) {
        return false;
      }
      if (lex.is(LEGAL_FORMS, t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Arizona-Sonora Desert Museum", "Boston Symphony Orchestra": an English word and an
   * organisation's word ({@code org-after}) after the place end the organisation's name.
   */
  private static boolean organisationWordAfter(TokenizedText tt, Lexicon lex, int last) {
    Token word = tt.at(last + 1);
    Token head = tt.at(last + 2);
    return word != null && head != null && tt.sameSentence(last, last + 2) && word.isCapitalised() && word.isWord()
        && !lex.isStop(word) && lex.isEnglishWord(word.lower()) && lex.is(ORG_AFTER, head);
  }

  /** "zwischen Mittweida und Ringethal": an unknown name joined to a place just found. */
  private static boolean coordinated(
      TokenizedText tt, Lexicon lex, Gazetteer gaz, People people, List<Found> out, int i, Set<LocationRule> off) {
    Token prev = tt.at(i - 1);
    Token next = tt.at(i + 1);
    if (out.isEmpty() || prev == null || !(prev.is("und") || prev.is("oder") || prev.isPunct(','))
        || !unknownName(tt.get(i), lex, gaz, off) || next != null && next.isCapitalised() && tt.sameSentence(i, i + 1)) {
      return false;
    }
    if (lex.is(CLUB_BEFORE, tt.get(i)) || lex.is(ORG_BEFORE, tt.get(i))) {
      return false; // "Salzburg und Rapid": a club's word
    }
    // "Henning von Storch": a name particle after the name makes it a person's.
    if (next != null && tt.sameSentence(i, i + 1) && (next.is("von") || next.is("van"))) {
      return false;
    }
    // "Siena, Monte dei Paschi", "Senegal, Cote dIvorie": a Romance particle, or a small letter
    // glued to a capital, after the name makes a longer name, as after a gazetteer's
    // (NAME_AFTER); "Finnland und Ideogramma aus Zypern": a name from a place is no place itself.
    if (!off.contains(LocationRule.NAME_AFTER) && next != null && tt.sameSentence(i, i + 1)
        && (lex.is(NAME_PARTICLES, next) || next.isWord() && Character.isLowerCase(next.text().charAt(0)) && lowerThenUpper(next.text())
            || next.is("aus"))) {
      return false;
    }
    Found last = out.get(out.size() - 1);
    // "des Erzbischofs ganz Griechenlands, Christodoulos,": after a place's genitive a comma opens
    // an apposition, not a list of places.
    if (prev.isPunct(',') && last.first() == last.last() && !tt.get(last.last()).text().equals(last.canonical())
        && tt.get(last.last()).text().endsWith("s")) {
      return false;
    }
    return last.last() == i - 2 && tt.sameSentence(last.last(), i)
        && (off.contains(LocationRule.LIST_OF_OTHER_NAMES)
            || !listHoldsOtherName(tt, lex, out, last, i) && !listHoldsPerson(tt, lex, people, last));
  }

  /**
   * "des Konzils von Basel, Regiomontanus und Nikolaus Kopernikus": whether a member of the list of
   * the place found is a person of the article; an unknown name in a list of people is rather a
   * person's than a place's.
   */
  private static boolean listHoldsPerson(TokenizedText tt, Lexicon lex, People people, Found place) {
    for (int[] member : listMembers(tt, lex, place.first(), place.last())) {
      if (people.personAt(member[0]) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word separates the members of a list: a comma, "und", "oder", "sowie". */
  static boolean listSeparator(Token t) {
    return t.isPunct(',') || t.is("und") || t.is("oder") || t.is("sowie");
  }

  /**
   * The members of the list that the name at first..last stands in, each as {first, last}: runs of
   * capitalised words between separators in its sentence, the name's own member first. Empty when
   * the name stands in no list.
   */
  private static List<int[]> listMembers(TokenizedText tt, Lexicon lex, int first, int last) {
    List<int[]> members = new ArrayList<>();
    members.add(new int[] {first, last});
    int from = tt.sentenceStartOf(first);
    // Backwards: separator, then a member of capitalised words, also joined by a small word inside
    // a name ("Neuhaus am Inn", "Bruck an der Leitha").
    for (int k = first - 1; k > from && listSeparator(tt.get(k)); ) {
      int end = k - 1;
      int start = end;
      while (start >= from && tt.get(start).isWord()
          && (tt.get(start).isCapitalised() || lex.is(PLACE_JOINERS, tt.get(start)) && start > from
              && start < end && (tt.get(start - 1).isCapitalised() || lex.is(PLACE_JOINERS, tt.get(start - 1))))) {
        start--;
      }
      if (start == end) {
        break;
      }
      members.add(new int[] {start + 1, end});
      k = start;
    }
    // Forwards.
    for (int k = last + 1; k < tt.size() && tt.sameSentence(last, k) && listSeparator(tt.get(k)); ) {
      int start = k + 1;
      int end = start;
      while (end < tt.size() && tt.sameSentence(last, end) && tt.get(end).isWord()
          && (tt.get(end).isCapitalised() || lex.is(PLACE_JOINERS, tt.get(end)) && end > start
              && end + 1 < tt.size() && tt.get(end + 1).isCapitalised())) {
        end++;
      }
      if (end == start) {
        break;
      }
      members.add(new int[] {start, end - 1});
      k = end;
    }
    return members.size() > 1 ? members : List.of();
  }

  /** Whether a member of a list is a place found, by its tokens. */
  private static boolean memberIsPlace(List<Found> out, int[] member) {
    for (Found f : out) {
      if (f.first() <= member[1] && f.last() >= member[0]) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name of a list's member that names no place: its first word no ordinary word or function
   * word, and the gazetteer does not know it ("Sony", "Bayer Leverkusen"; not "Inn" in "Neuhaus am
   * Inn", which the gazetteer knows as a river).
   */
  private static boolean memberIsName(TokenizedText tt, Lexicon lex, Gazetteer gaz, int[] member) {
    Token t = tt.get(member[0]);
    return !lex.isCommonWord(t) && !lex.isStop(t) && t.text().length() > 1 && gaz.get(t) == null;
  }

  /**
   * A member written as a brand or known as an organisation: a capital after a small letter
   * ("BayernLB", "WhatsApp"), or a word of organisations.txt ("Siemens", "Porsche").
   */
  private static boolean brandOrOrganisation(TokenizedText tt, Lexicon lex, int[] member) {
    for (int k = member[0]; k <= member[1]; k++) {
      String w = tt.get(k).text();
      if (lowerThenUpper(w) || lex.isKnownOrganisationName(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "BayernLB, Kärnten und Grawe": whether the list of the place found holds a brand or an
   * organisation before the name at i (the names after i are not looked at yet): an unknown name
   * joined to that list is no place by its company.
   */
  private static boolean listHoldsOtherName(TokenizedText tt, Lexicon lex, List<Found> out, Found place, int i) {
    List<int[]> members = listMembers(tt, lex, place.first(), place.last());
    for (int m = 1; m < members.size(); m++) {
      if (members.get(m)[1] < i && !memberIsPlace(out, members.get(m)) && brandOrOrganisation(tt, lex, members.get(m))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes a gazetteer town whose list has two or more other members, all names and none a place
   * ("Sony, Toshiba und Hitachi"). See {@link LocationRule#LIST_OF_OTHER_NAMES}.
   */
  private static void dropListsOfOtherNames(TokenizedText tt, Lexicon lex, Gazetteer gaz, List<Found> out) {
    List<Found> drop = new ArrayList<>();
    for (Found f : out) {
      if (f.rule() != LocationRule.GAZETTEER) {
        continue;
      }
      List<int[]> members = listMembers(tt, lex, f.first(), f.last());
      // The town must be a member by itself: "Frankreichs Präsident François Hollande" is a person.
      // (A noun before it may name what the list holds: "die Marken Dongfeng, BYD, …".)
      if (members.size() < 3 || f.first() > 0 && tt.get(f.first() - 1).isCapitalised() && tt.get(f.first() - 1).isWord()
          && !lex.isCommonWord(tt.get(f.first() - 1))
          || f.last() + 1 < tt.size() && tt.sameSentence(f.last(), f.last() + 1) && tt.get(f.last() + 1).isCapitalised()
              && tt.get(f.last() + 1).isWord()) {
        continue;
      }
      // A member taken for a place only by its company in this very list ("Edeka, Metro, Rewe,
      // Lidl": Rewe and Lidl joined Metro) counts as a name, and goes with the town, when one
      // other member is a name no rule took for a place ("Solnhofen, Eichstätt und Jachenhausen"
      // stay).
      List<Found> joined = new ArrayList<>();
      for (Found o : out) {
        if (o.rule() == LocationRule.COORDINATED && members.stream().anyMatch(m -> o.first() <= m[1] && o.last() >= m[0])) {
          joined.add(o);
        }
      }
      List<Found> places = new ArrayList<>(out);
      places.removeAll(joined);
      boolean others = true;
      boolean unjoined = false; // at least one other name that no rule took for a place ("Edeka")
      for (int m = 1; m < members.size() && others; m++) {
        others = !memberIsPlace(places, members.get(m)) && memberIsName(tt, lex, gaz, members.get(m));
        unjoined |= !memberIsPlace(out, members.get(m));
      }
      if (others && unjoined) {
        drop.add(f);
        drop.addAll(joined);
      }
    }
    out.removeAll(drop);
  }

  /**
   * Names beyond the gazetteer: the last token of a place the context marks, and how; or null.
   * The rules are tried in order (streets, regions by their ending, districts, datelines, a
   * place-name prefix, then an unknown name in a place's slot); the first that sees a place wins.
   */
  private static Context byContext(TokenizedText tt, Lexicon lex, Gazetteer gaz, People people, int i, Set<LocationRule> off) {
    Token t = tt.get(i);
    if (!t.isWord() || sharedCompoundEnd(tt, i)) {
      return null;
    }
    Context street = off.contains(LocationRule.STREET) ? null : street(tt, lex, gaz, i, off);
    if (street != null) {
      return street;
    }
    if (!off.contains(LocationRule.REGION_SUFFIX) && regionByEnding(tt, lex, i, off)) {
      return new Context(i, LocationRule.REGION_SUFFIX);
    }
    // "Rhein-Sieg-Kreises": a district.
    if (!off.contains(LocationRule.DISTRICT) && districtName(t.text())) {
      return new Context(i, LocationRule.DISTRICT);
    }
    if (!off.contains(LocationRule.DATELINE) && unknownDateline(tt, lex, gaz, i, off)) {
      return new Context(i, LocationRule.DATELINE);
    }
    if (!off.contains(LocationRule.NAME_PREFIX) && prefixedName(tt, lex, gaz, i, off)) {
      return new Context(i + 1, LocationRule.NAME_PREFIX);
    }
    return nameInPlaceSlot(tt, lex, gaz, people, i, off);
  }

  /**
   * "in Mid- und Uptempo-Songs": a word cut at a hyphen before "und"/"oder" is the first part of
   * a compound whose end is shared with the next word, no name of its own.
   */
  private static boolean sharedCompoundEnd(TokenizedText tt, int i) {
    Token next = tt.at(i + 1);
    Token after = tt.at(i + 2);
    return next != null && tt.sameSentence(i, i + 1) && next.is("-") && next.start() == tt.get(i).end() && after != null
        && (after.is("und") || after.is("oder") || after.is("bis") || after.is("sowie"));
  }

  /** {@link LocationRule#STREET}: a street's, square's or station's name at i, or null. */
  private static Context street(TokenizedText tt, Lexicon lex, Gazetteer gaz, int i, Set<LocationRule> off) {
    Token t = tt.get(i);
    Token prev = tt.at(i - 1);
    Token next = tt.at(i + 1);
    boolean nextSame = next != null && tt.sameSentence(i, i + 1);
    String s = t.text();
    // "Rue Saint-Benoît", "Via Roma", "Piazza del Popolo": another language's word for a street or
    // square opens the name, which runs over capitalised words and name particles.
    if (lex.is(STREET_OPENERS, t)) {
      int k = i + 1;
      while (k < tt.size() && k - i < 3 && lex.is(NAME_PARTICLES, tt.get(k))) {
        k++;
      }
      Token name = tt.at(k);
      // (Opening a clause "Via" may be the German preposition: "Via Kurier machte sie …"; an
      // opener that is an English word opens no English phrase: "A Place Without Mercy".)
      boolean englishName = lex.isEnglishWord(name == null ? "" : name.text().toLowerCase(Locale.ROOT));
      if (name != null && tt.sameSentence(i, k) && name.isCapitalised() && name.isWord()
          && !(tt.opensClause(i) && (lex.isCommonWord(name) || lex.isOrdinaryForm(name.text()) || englishName))
          && !(englishName && lex.isEnglishWord(t.lower()))) {
        // The name runs on over particles and capitalised words of no German kind ("Rue du
        // Faubourg Saint-Honoré", "Piazza del Popolo").
        int last = k;
        while (last + 1 < tt.size() && last - i < 5 && tt.sameSentence(i, last + 1)) {
          Token w = tt.get(last + 1);
          if (last + 2 < tt.size() && tt.sameSentence(i, last + 2) && lex.is(NAME_PARTICLES, w)
              && tt.get(last + 2).isCapitalised() && tt.get(last + 2).isWord()) {
            last += 2;
          } else if (w.isCapitalised() && w.isWord() && w.start() == tt.get(last).end() + 1 && !lex.isCommonWord(w)
              && !lex.isStop(w) && !lex.isOrdinaryForm(w.text())) {
            last++;
          } else {
            break;
          }
        }
        return new Context(last, LocationRule.STREET);
      }
    }
    // Streets, squares, stations: "Gubener Straße", "Lehrter Bahnhof", "Hauptstraße".
    // Not a common noun in -er ("einem Feldspieler Platz machen"; a town's adjective is one too:
    // "Grazer", "Kölner") nor a glued heading ("DOKUMENTATIONDer Weg").
    if (nextSame && lex.is(STREET_WORDS, next) && s.endsWith("er") && s.length() > 3 && !lex.isStop(s)
        && !lex.isRole(s) && !innerCapital(s)
        && (gaz.get(s.substring(0, s.length() - 2)) != null || !lex.isOnlyOrdinaryForm(s) && !lex.isEnglishWord(t.lower()))
        && !platzMachen(tt, i + 1)) {
      return new Context(i + 1, LocationRule.STREET);
    }
    int road = numberedRoad(tt, lex, i);
    if (road >= 0) {
      return new Context(road, LocationRule.STREET);
    }
    // "New Gower Street", "Outer Ring Road", "Downing Street": capitalised words that an English
    // street's word ends are one name (not after an article: "die Street" is no name).
    int english = englishStreetEnd(tt, lex, i);
    if (english > i) {
      return new Context(english, LocationRule.STREET);
    }
    // "die Steinerne Brücke", "am Hohen Markt", "in der Langen Gasse": German capitalises an
    // adjective inside a clause only in a name, so one before a street's word names the street.
    if (nextSame && lex.is(STREET_WORDS, next) && !sharedCompoundEnd(tt, i + 1) && !tt.opensClause(i) && t.isCapitalised() && !t.isAllCaps()
        && ADJECTIVE_ENDING.matcher(s).find() && lex.isAdjectiveForm(t.lower()) && !lex.isStop(t) && !lex.isOrganisation(t)) {
      return new Context(i + 1, LocationRule.STREET);
    }
    String lower = t.lower();
    // "im Birkenweg 12", "in der Lindenstraße 5": before a house number, after "im", "am", "in
    // der" or "an der", a street's name may open with an ordinary word, which elsewhere makes a
    // common noun ("auf der Bundesstraße", "am Arbeitsplatz", "auf dem Heimweg").
    if (!s.contains("-") && addressSlot(tt, i) && houseNumberAfter(tt, i) > i
        && (lex.ending(STREET_SUFFIXES, lower, 3) != null || lower.length() > 5 && lower.endsWith("weg"))) {
      return new Context(i, LocationRule.STREET);
    }
    String street = s.contains("-") ? null : lex.ending(STREET_SUFFIXES, lower, 3);
    boolean afterIndefinite = prev != null && tt.sameSentence(i - 1, i) && lex.is(INDEFINITE_ARTICLES, prev);
    // Not after an indefinite article: a street's name takes none ("um einen Europacupplatz").
    // Nor after an English first part ("den Rankingplatz 438": a place in a ranking).
    if (street != null && !commonHead(lex, s.substring(0, s.length() - street.length())) && !inLongerWord(lex, lower, street)
        && !(s.length() - street.length() >= 5 && lex.isEnglishWord(lower.substring(0, lower.length() - street.length()))
            && !off.contains(LocationRule.ENGLISH_WORD))
        && !afterIndefinite) {
      return new Context(i, LocationRule.STREET); // "Jehudastraße", not "Bundesstraße"
    }
    // "Konrad-Adenauer-Straße", "Ernst-Happel-Stadion": a street or venue named after someone, each
    // part before the last a capitalised word that is no ordinary word.
    int h = s.lastIndexOf('-');
    // Not a name glued to the word before it where a line break was lost ("SK Sturm
    // GrazGoldberg-Stadion"), nor after an indefinite article ("in einer Taekwondo-Halle" is a
    // hall, not its name).
    if (h > 0 && lex.is(STREET_SUFFIXES, lower.substring(h + 1))
        && namedParts(lex, s.substring(0, h)) && !(innerCapital(s.substring(0, h)) && lowerThenUpper(s.substring(0, h)))
        && !afterIndefinite) {
      return new Context(i, LocationRule.STREET);
    }
    return null;
  }

  /**
   * The last token of an English street's name that opens at i: up to three capitalised words, the
   * last an English street's word ("Street", "Road", "Avenue"); or i. The first word is no German
   * word nor function word ("Die Downing Street" opens at "Downing"; "Wall Street", named by a
   * German word, mostly means the market) nor an organisation's name
   * ("Google Drive"); a capitalised word after the street's word makes a longer name ("Google
   * Street View"), and a colon after a capitalised word before it a work's subtitle ("Mad Max:
   * Fury Road").
   */
  private static int englishStreetEnd(TokenizedText tt, Lexicon lex, int i) {
    Token t = tt.get(i);
    if (!t.isCapitalised() || lex.isStop(t) || lex.isCommonWord(t) || lex.is(ENGLISH_STREET_WORDS, t)
        || lex.isOrganisation(t) || subtitleAt(tt, i)) {
      return i;
    }
    int end = i;
    for (int k = i + 1; k <= i + 3 && k < tt.size() && tt.sameSentence(i, k); k++) {
      Token w = tt.get(k);
      if (!w.isCapitalised() || !w.isWord() || w.start() != tt.get(k - 1).end() + 1) {
        break;
      }
      if (lex.is(ENGLISH_STREET_WORDS, w)) {
        end = k;
      }
    }
    return nameGoesOn(tt, end) ? i : end;
  }

  /** Whether a capitalised word follows token k right after a space: the name goes on ("Google Street View"). */
  private static boolean nameGoesOn(TokenizedText tt, int k) {
    Token after = tt.at(k + 1);
    return after != null && tt.sameSentence(k, k + 1) && after.isCapitalised() && after.isWord()
        && after.start() == tt.get(k).end() + 1;
  }

  /** A road's number: "216", "7", "66". */
  private static final java.util.regex.Pattern ROAD_NUMBER = java.util.regex.Pattern.compile("[1-9]\\d{0,3}");

  /** A numbered road in one word: "A1", "B17". */
  private static final java.util.regex.Pattern ROAD = java.util.regex.Pattern.compile("[AB][1-9]\\d{0,2}");

  /**
   * The last token of a numbered road that opens at i, or -1: a kind of road and its number
   * ("Bundesstraße 216", "Autobahn 7"), or a road's letter and number where a road stands: after
   * a road's word ("die Autobahn A 5", also over a list: "die Autobahnen A1, A4 und A44"), or after
   * "der" or "den" that a preposition or a noun governs ("auf der B311", "beim Bau der A 7");
   * not before a capitalised word, which makes a longer name ("der A1 Telekom"), nor before a
   * unit. Elsewhere letter and number name a firm ("3 und A1"), an aircraft ("der A330") or a
   * car ("der S800").
   */
  private static int numberedRoad(TokenizedText tt, Lexicon lex, int i) {
    Token t = tt.get(i);
    Token next = tt.at(i + 1);
    boolean nextAdjacent = next != null && tt.sameSentence(i, i + 1) && next.start() == t.end() + 1;
    if (lex.is(ROAD_WORDS, t) && nextAdjacent && ROAD_NUMBER.matcher(next.text()).matches() && !unitAfter(tt, lex, i + 1)) {
      return i + 1;
    }
    int last = roadEnd(tt, lex, i);
    if (last < 0) {
      return -1;
    }
    // Back over the list the road ends ("A1, A4, A44 und A540") to what stands before it.
    int first = i;
    for (int before = roadEndingAt(tt, lex, first - 2); before >= 0 && tt.sameSentence(before, first)
        && listSeparator(tt.get(first - 1)); before = roadEndingAt(tt, lex, first - 2)) {
      first = before;
    }
    Token prev = tt.at(first - 1);
    Token governor = tt.at(first - 2);
    boolean slot = prev != null && tt.sameSentence(first - 1, first) && (lex.is(ROAD_WORDS, prev)
        || (prev.is("der") || prev.is("den")) && governor != null && tt.sameSentence(first - 2, first - 1)
            && (lex.is(PREPOSITIONS, governor) || lex.is(DIRECTIONS, governor)
                || governor.isCapitalised() && governor.isWord() && !lex.isStop(governor)));
    return slot && !nameGoesOn(tt, last) && !unitAfter(tt, lex, last) ? last : -1;
  }

  /** The first token of a road's letter and number that ends at token k ("A44", "A 7"), or -1. */
  private static int roadEndingAt(TokenizedText tt, Lexicon lex, int k) {
    return k >= 0 && roadEnd(tt, lex, k) == k ? k : k >= 1 && roadEnd(tt, lex, k - 1) == k ? k - 1 : -1;
  }

  /** The last token of a road's letter and number at k ("A1", "A 7"), or -1. */
  private static int roadEnd(TokenizedText tt, Lexicon lex, int k) {
    Token t = tt.at(k);
    if (t == null) {
      return -1;
    }
    if (ROAD.matcher(t.text()).matches()) {
      return k;
    }
    Token next = tt.at(k + 1);
    return lex.is(ROAD_LETTERS, t) && next != null && tt.sameSentence(k, k + 1) && next.start() == t.end() + 1
        && ROAD_NUMBER.matcher(next.text()).matches() ? k + 1 : -1;
  }

  /** "Autobahn 52", "Bundesautobahn 2": a motorway by its word and number. */
  private static final java.util.regex.Pattern MOTORWAY = java.util.regex.Pattern.compile("(?:Bundes)?[Aa]utobahn (\\d+)");

  /**
   * One facet value per numbered road, however the text names it: "A1" and "A 1" are "A 1",
   * "Autobahn 52" is "A 52", "Bundesstraße 49" is "B 49"; other names stay as they are.
   */
  static String roadName(String name) {
    if (ROAD.matcher(name).matches()) {
      return name.charAt(0) + " " + name.substring(1);
    }
    java.util.regex.Matcher motorway = MOTORWAY.matcher(name);
    if (motorway.matches()) {
      return "A " + motorway.group(1);
    }
    java.util.regex.Matcher federal = FEDERAL_ROAD.matcher(name);
    return federal.matches() ? "B " + federal.group(1) : name;
  }

  /** "Bundesstraße 49": a federal road by its word and number. */
  private static final java.util.regex.Pattern FEDERAL_ROAD = java.util.regex.Pattern.compile("Bundesstraße ([1-9]\\d{0,3})");

  /** Whether a unit follows the number at k: then it counts, and names no road ("auf der Bundesstraße 12 km weit"). */
  private static boolean unitAfter(TokenizedText tt, Lexicon lex, int k) {
    Token after = tt.at(k + 1);
    return after != null && tt.sameSentence(k, k + 1) && (after.isPunct('%') || lex.is(UNITS, after));
  }

  /** Whether the token at i opens a work's subtitle: right after a colon that follows a capitalised word ("Mad Max: Fury Road"). */
  private static boolean subtitleAt(TokenizedText tt, int i) {
    Token colon = tt.at(i - 1);
    Token title = tt.at(i - 2);
    return colon != null && colon.isPunct(':') && title != null && tt.sameSentence(i - 2, i)
        && title.isCapitalised() && title.end() == colon.start();
  }

  /**
   * {@link LocationRule#REGION_SUFFIX}: "im Zillertal", "im Pinzgau", "ins Emsland": a region by its
   * ending after "im"/"ins"/"vom", unless the first part is an ordinary word ("im Hochland", "im
   * Regierungsviertel", "im Niemandsland").
   */
  private static boolean regionByEnding(TokenizedText tt, Lexicon lex, int i, Set<LocationRule> off) {
    Token t = tt.get(i);
    Token prev = tt.at(i - 1);
    String s = t.text();
    if (prev == null || !tt.sameSentence(i - 1, i) || !lex.is(REGION_PREPOSITIONS, prev) || s.contains("-") || !t.isCapitalised()) {
      return false;
    }
    String lower = t.lower();
    String region = lex.ending(REGION_SUFFIXES, lower, 4);
    return region != null && !endsLongerWord(lex, lower, region, off) && !commonHead(lex, s.substring(0, s.length() - region.length()))
        && !lex.isStop(s) && !(lex.isOrdinaryForm(s) && !off.contains(LocationRule.ORDINARY_WORD));
  }

  /** {@link LocationRule#DATELINE}: an unknown name opening a sentence before an agency's mark, "Pfaffenhofen (PK)", "Berlin (dpa)". */
  private static boolean unknownDateline(TokenizedText tt, Lexicon lex, Gazetteer gaz, int i, Set<LocationRule> off) {
    Token next = tt.at(i + 1);
    return i == tt.sentenceStartOf(i) && unknownName(tt.get(i), lex, gaz, off) && next != null && tt.sameSentence(i, i + 1)
        && next.isPunct('(') && tt.at(i + 2) != null && (tt.get(i + 2).isAllCaps() || tt.get(i + 2).is("dpa"))
        && tt.at(i + 3) != null && tt.get(i + 3).isPunct(')');
  }

  /**
   * {@link LocationRule#NAME_PREFIX}: "Bad X", "Sankt X", "San X", "New X", "Fort X" before an
   * unknown name; "Lake X", "Mount X" also before a known one ("Lake Michigan").
   */
  private static boolean prefixedName(TokenizedText tt, Lexicon lex, Gazetteer gaz, int i, Set<LocationRule> off) {
    String s = tt.get(i).text();
    Token next = tt.at(i + 1);
    if (lex.is(FEATURE_PREFIXES, s)) {
      // "Lake Michigan", "Mount Hood": the feature, not the state or town it is named after; not
      // inside a longer name ("im Lake Eyre Basin", "das Bistum Cape Palmas").
      Token after = tt.at(i + 2);
      Token prev = tt.at(i - 1);
      return next != null && tt.sameSentence(i, i + 1) && next.isCapitalised() && next.isWord()
          && next.start() == tt.get(i).end() + 1 && (gaz.get(next) != null || unknownName(next, lex, gaz, off))
          && !(after != null && tt.sameSentence(i + 1, i + 2) && after.isCapitalised() && after.isWord())
          && !(prev != null && tt.sameSentence(i - 1, i) && institutionWord(lex, prev));
    }
    return lex.is(NAME_PREFIXES, s) && next != null && tt.sameSentence(i, i + 1) && unknownName(next, lex, gaz, off)
        && !placeAdjective(tt, i + 1) && !SAINTS_DAY.matcher(next.text()).find()
        && !prefixedNameIsOther(tt, lex, gaz, i, off);
  }

  /**
   * A name no list knows, in a place's slot: after a place noun or direction ({@link
   * LocationRule#PLACE_NOUN}), a place preposition ({@link LocationRule#PLACE_PREPOSITION}), with
   * a settlement's ending ({@link LocationRule#PLACE_SUFFIX}), after a regional adjective ({@link
   * LocationRule#REGIONAL_ADJECTIVE}), before a facility and a direction ({@link
   * LocationRule#FACILITY}), or as the first of two name words ({@link
   * LocationRule#MULTI_WORD_NAME}); or null.
   */
  private static Context nameInPlaceSlot(
      TokenizedText tt, Lexicon lex, Gazetteer gaz, People people, int i, Set<LocationRule> off) {
    Token t = tt.get(i);
    Token prev = tt.at(i - 1);
    Token next = tt.at(i + 1);
    boolean nextSame = next != null && tt.sameSentence(i, i + 1);
    String s = t.text();
    if (!unknownName(t, lex, gaz, off) || lex.is(FACILITIES, s) || prev == null || !tt.sameSentence(i - 1, i)) {
      return null;
    }
    if (people.personAt(i) != null) {
      return null;
    }
    // "aus Apples Zulieferkette", "in Coppolas Trilogie": a genitive before the noun that the
    // preposition governs names that noun's owner, not the place.
    if (s.endsWith("s") && nextSame && next.isCapitalised() && next.isWord() && lex.isCommonWord(next)
        && !off.contains(LocationRule.GENITIVE_OWNER)) {
      return null;
    }
    boolean nameFollows = nextSame && next.isCapitalised() && next.isWord() && !lex.isCommonWord(next)
        && !lex.is(FACILITIES, next) && !lex.isStop(next);
    if (nameFollows && !off.contains(LocationRule.MULTI_WORD_NAME) && nameWordOpens(tt, lex, gaz, people, i, off)) {
      return new Context(i + 1, LocationRule.MULTI_WORD_NAME); // "in Gornja Radgona"
    }
    if (nameFollows || placeAdjective(tt, i)) {
      return null;
    }
    String lower = t.lower();
    String p = prev.text();
    Token prev2 = tt.at(i - 2);
    if ((lex.is(PLACE_NOUNS, p) || lex.is(DIRECTIONS, p)
        || p.equals("von") && prev2 != null && lex.is(DIRECTIONS, prev2)) && !off.contains(LocationRule.PLACE_NOUN)) {
      return new Context(i, LocationRule.PLACE_NOUN);
    }
    // A preposition alone is weak evidence: "in Clockwise spielt Cleese", "nach Gravity 2014" name
    // works; a place noun is not ("im Stadtteil Wedding").
    // A given name after "in" or "aus" is a person's ("in Anna"), but for a state or large city of
    // that name ("aus Hagen", "in Virginia").
    if (lex.is(PLACE_PREPOSITIONS, p) && (!lex.isFirstName(s) || gaz.isPlaceNamedLikePerson(s)) && !NOUN_ENDING.matcher(lower).find()
        && !off.contains(LocationRule.PLACE_PREPOSITION)
        && !(lex.isEnglishWord(lower) && !off.contains(LocationRule.ENGLISH_WORD))) {
      return new Context(i, LocationRule.PLACE_PREPOSITION);
    }
    if ((p.equals("bei") || p.equals("am") || p.equals("den") || p.equals("auf")) && settlementEnding(lex, lower, off)
        && !off.contains(LocationRule.PLACE_SUFFIX)) {
      return new Context(i, LocationRule.PLACE_SUFFIX);
    }
    // "im aargauischen Riniken"
    if (prev2 != null && p.endsWith("ischen") && prev.isLowerCase() && (prev2.is("im") || prev2.is("in") || prev2.is("dem"))
        && !off.contains(LocationRule.REGIONAL_ADJECTIVE)) {
      return new Context(i, LocationRule.REGIONAL_ADJECTIVE);
    }
    // "Iruma Air Base nördlich von Tokio": the name before a facility and a direction.
    int k = i + 1;
    while (k < tt.size() && lex.is(FACILITIES, tt.get(k))) {
      k++;
    }
    Token dir = tt.at(k);
    Token beyond = tt.at(k + 1);
    // The direction needs what it points to, a name, an article or "von": "… Gülen nahe." is the
    // verb "nahestehen", "mit dem Auerhuhn nahe verwandt" an adjective.
    if (dir != null && lex.is(DIRECTIONS, dir) && tt.sameSentence(i, k) && beyond != null && tt.sameSentence(k, k + 1)
        && beyond.isWord() && (beyond.isCapitalised() || lex.is(ARTICLES, beyond) || beyond.is("von") || beyond.is("vom"))
        && !off.contains(LocationRule.FACILITY)
        // "des Dorfes Beit Anon südlich von Hebron": the end of a longer name; "neben einer
        // Schaffarm südlich von Palermo": a compound noun.
        && !(!off.contains(LocationRule.NAME_BEFORE) && nameWordBefore(tt, lex, gaz, i))
        && !(!off.contains(LocationRule.ORDINARY_WORD) && nounCompound(lex, lower))) {
      return new Context(i, LocationRule.FACILITY);
    }
    return null;
  }

  /**
   * Whether a prefix word and the unknown name after it ("New X", "St. X") are no place, by the
   * filters that keep a gazetteer name out: an English word after the prefix makes an English
   * phrase ("New Horizons", "Bad Magic": {@link LocationRule#ENGLISH_WORD}); a capitalised name
   * word after both makes a longer name ("das New Beverly Cinema": {@link LocationRule#NAME_AFTER});
   * a name word before the prefix makes a person's name ("Thania St. John": {@link
   * LocationRule#NAME_BEFORE}).
   */
  private static boolean prefixedNameIsOther(TokenizedText tt, Lexicon lex, Gazetteer gaz, int i, Set<LocationRule> off) {
    Token name = tt.get(i + 1);
    if (!off.contains(LocationRule.ENGLISH_WORD) && lex.isEnglishWord(name.lower())) {
      return true;
    }
    Token after = tt.at(i + 2);
    if (!off.contains(LocationRule.NAME_AFTER) && after != null && tt.sameSentence(i + 1, i + 2) && after.isCapitalised()
        && after.isWord() && !lex.isCommonWord(after) && !lex.isStop(after) && gaz.get(after) == null) {
      return true;
    }
    return !off.contains(LocationRule.NAME_BEFORE) && nameWordBefore(tt, lex, gaz, i);
  }

  /**
   * Whether a capitalised name word stands right before i, one that no list knows as an ordinary
   * word, stop word, role or place, nor ends like an adjective or a demonym ("Thania St. John",
   * "des Dorfes Beit Anon"): the two make one name.
   */
  private static boolean nameWordBefore(TokenizedText tt, Lexicon lex, Gazetteer gaz, int i) {
    Token prev = tt.at(i - 1);
    if (prev == null || !tt.sameSentence(i - 1, i)) {
      return false;
    }
    String pv = prev.text();
    return prev.isCapitalised() && prev.isWord() && !prev.isAllCaps() && !lex.isStop(pv) && !lex.isRole(pv)
        && !lex.isCommonWord(pv) && gaz.get(pv) == null && !pv.endsWith("er") && !pv.endsWith("e");
  }

  /** Whether the word (lower case) is an ordinary word of four letters or more after an ordinary first part ("Schaf|farm"). */
  private static boolean nounCompound(Lexicon lex, String lower) {
    for (int p = 3; p <= lower.length() - 4; p++) {
      if (ordinaryHead(lex, lower.substring(0, p))
          && lex.isOnlyOrdinaryForm(Character.toUpperCase(lower.charAt(p)) + lower.substring(p + 1))) {
        return true;
      }
    }
    return false;
  }

  /** A unit of measurement with a decimal prefix, lower case: "pikofarad", "kilopascal", "megahertz". */
  private static final java.util.regex.Pattern DECIMAL_UNIT = java.util.regex.Pattern.compile(
      "(piko|nano|mikro|milli|zenti|dezi|hekto|kilo|mega|giga|tera|peta)"
          + "(farad|volt|watt|ampere|ohm|hertz|joule|newton|pascal|tesla|kelvin|becquerel|sievert|meter|gramm|liter|byte|bit)s?");

  /** An apostrophe before the adjective ending -sch(e|em|en|er|es): "Hebb'schem", "Grimm’sche". */
  private static final java.util.regex.Pattern NAME_ADJECTIVE = java.util.regex.Pattern.compile("['’]sch(e|em|en|er|es)?$");

  private static boolean unknownName(Token t, Lexicon lex, Gazetteer gaz, Set<LocationRule> off) {
    // The answer depends on the word alone: kept per word with every rule on (asked several
    // times per token, for most capitalised tokens).
    return off.isEmpty()
        ? t.facts().ask(WordFacts.Fact.UNKNOWN_NAME, w -> computeUnknownName(t, lex, gaz, off))
        : computeUnknownName(t, lex, gaz, off);
  }

  private static boolean computeUnknownName(Token t, Lexicon lex, Gazetteer gaz, Set<LocationRule> off) {
    String s = t.text();
    if (!t.isCapitalised() || s.length() <= 2 || !Character.isLetter(s.charAt(s.length() - 1)) || t.isAllCaps()
        || lex.isStop(t) || lex.isRole(t) || lex.isOrganisation(t)) {
      return false;
    }
    String l = s.toLowerCase(Locale.ROOT);
    // "in Puncto Atmosphäre", "In Spe": Latin words of German phrases with "in"; "in Zloty": a
    // currency.
    if (lex.is(LATIN_AFTER_IN, l) || lex.is(CURRENCIES, l)) {
      return false;
    }
    // Language names and adverbs in -isch ("in Arabisch", "Bulgarisch") and French loanwords in
    // -eau ("auf Rekordniveau") are words, not names of places; a word without a vowel is an
    // abbreviation ("in Pkw", "Lkw", "Kfz").
    if (l.endsWith("isch") || ISCH_INFLECTED.matcher(l).find() || l.endsWith("eau") || !hasVowel(l)) {
      return false;
    }
    // "nach Hebb'schem Prinzip", "die Grimm'schen Märchen": an adjective made from a person's name
    // with an apostrophe, no place.
    if (NAME_ADJECTIVE.matcher(l).find()) {
      return false;
    }
    // An ordinary word of the full-form dictionary ("in Ungnade", "nach Belieben", "in Karenz"),
    // also as the last part of a hyphenated compound ("in Dixi-Klos", "in T-Shirt"), where an
    // English noun counts too ("nach Onisiwo-Assist").
    int h = s.lastIndexOf('-');
    if (!off.contains(LocationRule.ORDINARY_WORD)
        && (lex.isOrdinaryForm(s) || h > 0 && h + 1 < s.length() && (lex.isOrdinaryForm(s.substring(h + 1))
            || s.length() - h > 5 && lex.isEnglishWord(l.substring(h + 1))))) {
      return false;
    }
    // "in Pikofarad", "in Kilopascal": a unit of measurement with a decimal prefix; "in Sanskrit":
    // a language's name.
    if (!off.contains(LocationRule.ORDINARY_WORD) && (DECIMAL_UNIT.matcher(l).matches() || lex.is(LANGUAGES, s))) {
      return false;
    }
    // "aus OneDrive", "in MInecraft", "in WhatsApp": a capital inside a word after a small letter
    // marks a brand or product; place names have none but after Mc, Mac, De, La ("McAllen").
    if (innerCapital(s)) {
      return false;
    }
    // "Zahlungs|verzug", "Sicherheits|rat": a noun in -ung, -heit, -keit, -schaft, -tion or -ität
    // with the linking s opens a compound noun; no place name is built so.
    java.util.regex.Matcher infix = NOUN_INFIX.matcher(l);
    if (!off.contains(LocationRule.ORDINARY_WORD) && infix.matches()
        && lex.isOrdinaryForm(Character.toUpperCase(l.charAt(0)) + infix.group(1).substring(1))) {
      return false;
    }
    boolean placeSuffix = settlementEnding(lex, l, off);
    if (lex.isCommonWord(s) && !(placeSuffix && !lex.isSimpleWord(l))) {
      return false;
    }
    // German compounds are right-headed: one whose last part is an ordinary word ("Trippel|schritten",
    // "Fleder|tieren", "Verhandler|kreisen") is a common noun, unless that part is a settlement
    // word that place names end in (-dorf, -heim, -stadt: "Rosenheim"). Checked last: it looks up
    // every tail of the word.
    return placeSuffix || !commonTail(lex, gaz, l);
  }

  /**
   * Whether the word ends in an ordinary word of five or more letters after a first part of three
   * or more, or after an ordinary word of two ("Öl|vorkommen", "Öl|einnahmen"); a tail that names a
   * place ("Nord|hessen", "Ab|chasien") does not count.
   */
  private static boolean commonTail(Lexicon lex, Gazetteer gaz, String lower) {
    for (int p = 2; p <= lower.length() - 5; p++) {
      String tail = lower.substring(p);
      String noun = Character.toUpperCase(tail.charAt(0)) + tail.substring(1);
      if (p == 2) {
        // The two-letter head first: few words start with one ("Öl", "Ei").
        if (lex.isOnlyOrdinaryForm(Character.toUpperCase(lower.charAt(0)) + lower.substring(1, 2))
            && (lex.isSimpleWord(tail) || lex.isOnlyOrdinaryForm(noun)) && gaz.get(noun) == null) {
          return true;
        }
        continue;
      }
      // The compound dictionary's words; or a full-form dictionary's ordinary noun after an
      // ordinary first part ("Schutz|maßnahmen", "Verspätungs|zeit"; not "Westaustr|alien").
      // An English noun of six or more letters after an ordinary first part is a borrowed
      // compound too ("Video|performances").
      if ((lex.isSimpleWord(tail) || (lex.isOnlyOrdinaryForm(noun) || tail.length() >= 6 && lex.isEnglishWord(tail))
              && ordinaryHead(lex, lower.substring(0, p)))
          && gaz.get(noun) == null) {
        return true;
      }
    }
    return false;
  }

  /** Whether a compound's first part (lower case) is an ordinary word, also before a linking "s". */
  private static boolean ordinaryHead(Lexicon lex, String head) {
    String h = head.endsWith("s") && head.length() > 4 ? head.substring(0, head.length() - 1) : head;
    for (String form : new String[] {head, h}) {
      String noun = Character.toUpperCase(form.charAt(0)) + form.substring(1);
      if (lex.isSimpleWord(form) || lex.isOrdinaryForm(noun) || lex.isOrdinaryForm(form)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the first part of a compound is an ordinary word, also before a linking "s"
   * ("Umfahrungs|straße": a bypass road, not a street's name; "Jehuda|straße" is a name).
   */
  private static boolean commonHead(Lexicon lex, String head) {
    return lex.isCommonWord(head)
        || head.length() > 4 && head.endsWith("s") && lex.isCommonWord(head.substring(0, head.length() - 1));
  }

  /**
   * Whether the word (lower case) ends in a settlement's ending that is not the tail of a longer
   * ordinary word ({@link LocationRule#ENDING_IN_WORD}: "Privatbes|itz" ends in "besitz").
   */
  private static boolean settlementEnding(Lexicon lex, String lower, Set<LocationRule> off) {
    String ending = lex.settlementEnding(lower);
    return ending != null && !endsLongerWord(lex, lower, ending, off);
  }

  /**
   * Whether a place-name ending of the word is cut from a longer ordinary word, unless that rule is
   * off: "Parteivors|itz" ends in "vorsitz", "Filmpor|tal" in "portal", whose rest ("vors", "por")
   * is no word; "Westbahn|hof" ends in "bahnhof" too, but there "hof" is a word of its own after
   * "bahn", so the ending is one (a station's name).
   */
  private static boolean endsLongerWord(Lexicon lex, String lower, String ending, Set<LocationRule> off) {
    if (off.contains(LocationRule.ENDING_IN_WORD)) {
      return false;
    }
    for (int k = 2; lower.length() - ending.length() - k > 0; k++) { // the whole word is ORDINARY_WORD's
      String tail = lower.substring(lower.length() - ending.length() - k);
      String rest = tail.substring(0, k);
      if (word(lex, tail) && !word(lex, rest)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lower-case word is one of the compound dictionary or an ordinary word of the full-form one. */
  private static boolean word(Lexicon lex, String lower) {
    return lex.inDictionary(lower) || lex.isOnlyOrdinaryForm(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
  }

  /**
   * Whether the ending is the tail of a longer word that ends the compound ("Onlinekäufer" ends in
   * "käufer", not in the bank "ufer"; "Mainufer" does).
   */
  private static boolean inLongerWord(Lexicon lex, String lower, String ending) {
    for (int k = 2; k <= 4 && lower.length() - ending.length() - k >= 0; k++) { // from 2: "Mur|ufer" is no "rufer"
      if (lex.inDictionary(lower.substring(lower.length() - ending.length() - k))) {
        return true;
      }
    }
    return false;
  }

  /** "Konrad-Adenauer", "Ernst-Happel": hyphenated capitalised parts, none an ordinary word. */
  private static boolean namedParts(Lexicon lex, String s) {
    for (String part : s.split("-")) {
      if (part.length() < 2 || !Character.isUpperCase(part.charAt(0)) || lex.isCommonWord(part) || lex.isStop(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "einen neuen Michael Jackson Song … Jackson war am 25. Juni gestorben": a town's one-word name
   * right after a well-known given name is a family name, also where the person index made no
   * person of the two (a capitalised word after them, an apostrophe's "s").
   */
  private static boolean familyNameAfterGivenName(TokenizedText tt, Lexicon lex, Gazetteer gaz, int first, int last) {
    Token prev = tt.at(first - 1);
    if (first != last || prev == null || !tt.sameSentence(first - 1, first) || !prev.isCapitalised() || !lex.isFirstName(prev)) {
      return false;
    }
    Gazetteer.Place p = placeAt(tt, gaz, first, last);
    return p.kind() == Gazetteer.Kind.CITY && p.canonical().equals(tt.get(first).text());
  }

  /**
   * "Stürmer Enner Valencia", "Superstar Kyrie Irving", "Enner Valencia (57.)": a town's one-word
   * name after an unlisted given name is a family name when a person's role stands before that
   * name or a match minute after the town; the given name may end in -er or -e then (without
   * that evidence such a word is a place's adjective: "Wiener Neustadt").
   */
  private static boolean familyNameAfterRole(TokenizedText tt, Lexicon lex, Gazetteer gaz, int first, int last) {
    Token prev = tt.at(first - 1);
    if (first != last || prev == null || !tt.sameSentence(first - 1, first)) {
      return false;
    }
    Gazetteer.Place p = placeAt(tt, gaz, first, last);
    String pv = prev.text();
    // After a nationality the given name may be a town's name too ("die Japanerin Izumi Yamada").
    boolean nationality = nationalityBefore(tt, gaz, first - 1);
    return p.kind() == Gazetteer.Kind.CITY && p.canonical().equals(tt.get(first).text())
        && prev.isCapitalised() && prev.isWord() && !prev.isAllCaps() && !lex.isStop(pv) && (nationality || gaz.get(pv) == null)
        && !lex.isRole(pv) && !lex.isCommonWord(pv) && !lex.isOrdinaryForm(pv)
        && (roleBefore(tt, lex, first - 1) || nationality || SportsTeams.minuteAfter(tt, last));
  }

  /**
   * Whether a noun of nationality stands right before token k ("die Japanerin Izumi Yamada", "der
   * Spanier"): a country's demonym in -er or -erin.
   */
  private static boolean nationalityBefore(TokenizedText tt, Gazetteer gaz, int k) {
    Token t = tt.at(k - 1);
    if (t == null || !tt.sameSentence(k - 1, k) || !t.isCapitalised() || !t.isWord()) {
      return false;
    }
    String w = t.text().endsWith("erin") ? t.text().substring(0, t.text().length() - 2) : t.text();
    if (w.length() < 6 || !w.endsWith("er")) {
      return false;
    }
    String stem = w.substring(0, w.length() - 2);
    for (String name : new String[] {stem, stem + "en"}) { // Japan|er, Spani|er → Spanien
      Gazetteer.Place p = gaz.get(name);
      if (p != null && p.kind() == Gazetteer.Kind.COUNTRY) {
        return true;
      }
    }
    return false;
  }

  /** Whether a person's role or title stands right before token k, in its sentence. */
  private static boolean roleBefore(TokenizedText tt, Lexicon lex, int k) {
    Token role = tt.at(k - 1);
    return role != null && tt.sameSentence(k - 1, k) && role.isCapitalised() && (lex.isRole(role) || lex.isTitle(role.text()));
  }

  /** "einem Feldspieler Platz machen": the idiom (make room for someone), no square. */
  private static boolean platzMachen(TokenizedText tt, int k) {
    Token next = tt.at(k + 1);
    return tt.get(k).is("Platz") && next != null && tt.sameSentence(k, k + 1) && next.text().startsWith("mach");
  }

  /** 0–9, as a regular expression's {@code \d}. */
  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A small letter right before a capital ("GrazGoldberg"), unlike an acronym ("KUB-Arena"). */
  private static boolean lowerThenUpper(String s) {
    for (int k = 1; k < s.length(); k++) {
      if (Character.isUpperCase(s.charAt(k)) && Character.isLowerCase(s.charAt(k - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean innerCapital(String s) {
    for (int k = 1; k < s.length() - 1; k++) {
      if (Character.isUpperCase(s.charAt(k)) && Character.isLetter(s.charAt(k - 1)) && s.charAt(k - 1) != '-'
          && !(k == 2 && (s.startsWith("Mc") || s.startsWith("De") || s.startsWith("La") || s.startsWith("Le")
              || s.startsWith("Di")))
          && !(k == 3 && s.startsWith("Mac"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasVowel(String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if ("aeiouyäöüéèáàóòíìúù".indexOf(lower.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
