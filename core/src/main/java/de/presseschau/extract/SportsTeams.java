package de.presseschau.extract;

import static de.presseschau.extract.WordClass.*;

import de.presseschau.extract.LocationFinder.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a sports report says about the names of towns and countries: a score, a line-up, a side of
 * a match, a club's name or a player's club; each makes the name a team's, not a place's (the
 * place rules {@link LocationRule#SPORTS_TEAM} and {@link LocationRule#TEAM_IN_ARTICLE}).
 */
final class SportsTeams {

  private SportsTeams() {}

  /** A substitution in a line-up: "(92. Lainer)", "(90.+1 Kainz)". */
  private static final java.util.regex.Pattern SUBSTITUTION = java.util.regex.Pattern.compile("\\(\\d{1,3}\\.(\\+\\d{1,2})? \\p{Lu}");

  /**
   * "Salzburg: C. Stankovic – Schmitz, Miranda, Hinteregger, Ulmer – Atanga (92. Lainer), …": in a
   * match report's line-up, the part after a team's colon up to the next colon or line with
   * dashes between the lines of the team, commas between players, a substitution and (almost) no
   * word in lower case, the names are players and the name before the colon is the team.
   */
  static void dropLineUps(TokenizedText tt, List<Found> out) {
    String text = tt.text;
    List<int[]> spans = new ArrayList<>();
    for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      int end = colon + 1;
      while (end < text.length() && text.charAt(end) != ':' && text.charAt(end) != '\n') {
        end++;
      }
      String part = text.substring(colon + 1, end);
      if (count(part, " – ") >= 2 && count(part, ", ") >= 3 && lowerCaseWords(part) <= 2 && SUBSTITUTION.matcher(part).find()) {
        spans.add(new int[] {colon, end});
      }
    }
    if (!spans.isEmpty()) {
      out.removeIf(f -> spans.stream().anyMatch(sp -> f.start() > sp[0] && f.end() <= sp[1]
          || f.end() == sp[0] || f.end() + 1 == sp[0]));
    }
  }

  /**
   * Whether the article gives a score ({@link #SCORE}) anywhere. The regular expression runs only
   * when a colon stands between digits: it would look at every position of every text.
   */
  static boolean hasScore(TokenizedText tt) {
    return tt.remember(DIGITS_AROUND_COLON, x -> digitsAroundColon(x.text)) && tt.contains(SCORE);
  }

  /** The question whether a colon stands between digits, by its key in {@link TokenizedText#remember}. */
  private static final Object DIGITS_AROUND_COLON = new Object();

  /**
   * A colon between digits ("3:1"): the quick test before {@link #SCORE}'s look-arounds, a scan
   * for colons rather than a regular expression (which tests every character of the article).
   */
  static boolean digitsAroundColon(String text) {
    for (int k = text.indexOf(':', 1); k >= 0 && k + 1 < text.length(); k = text.indexOf(':', k + 1)) {
      if (LocationFinder.isAsciiDigit(text.charAt(k - 1)) && LocationFinder.isAsciiDigit(text.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }

  static boolean bracketBeforeDigit(String text) {
    for (int k = text.indexOf('('); k >= 0 && k + 1 < text.length(); k = text.indexOf('(', k + 1)) {
      if (Character.isDigit(text.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Words in the text that start with a small letter ("de", "van" in names; prose has many). */
  private static int lowerCaseWords(String s) {
    int n = 0;
    for (int k = 0; k < s.length(); k++) {
      if (Character.isLowerCase(s.charAt(k)) && (k == 0 || s.charAt(k - 1) == ' ')) {
        n++;
      }
    }
    return n;
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int k = s.indexOf(what); k >= 0; k = s.indexOf(what, k + what.length())) {
      n++;
    }
    return n;
  }

  /**
   * "Spiel gegen X", "Länderspiel gegen X", "6:0-Sieg über X": the name at i after "gegen" or
   * "über" after a match noun, also as a later member of a list ("gegen Tschechien und Island").
   */
  static boolean matchSide(TokenizedText tt, Lexicon lex, int i) {
    // Over the members of a list before it: "bei den Spielen gegen Tschechien und Island".
    int at = i;
    for (int members = 0; members < 3 && at >= 2 && tt.sameSentence(at - 2, at) && LocationFinder.listSeparator(tt.get(at - 1))
        && tt.get(at - 2).isCapitalised() && tt.get(at - 2).isWord(); members++) {
      at -= 2;
    }
    Token gegen = tt.at(at - 1);
    Token noun = tt.at(at - 2);
    return gegen != null && noun != null && (gegen.is("gegen") || gegen.is("über")) && tt.sameSentence(at - 2, at)
        && capitalisedHead(noun.text()) && lex.headIn(MATCH_NOUNS, noun.text());
  }

  /** "Sieg", "Länderspiel", "6:0-Sieg": a noun, also a compound whose first part is a number. */
  private static boolean capitalisedHead(String word) {
    int h = word.lastIndexOf('-') + 1;
    return h < word.length() && Character.isUpperCase(word.charAt(h));
  }

  /** "wechselte nach X", "der Wechsel zu X", "kam bei X nicht zum Zug": the town at i as a player's club. */
  static boolean playersClub(TokenizedText tt, Lexicon lex, int i) {
    Token prep = tt.at(i - 1);
    Token before = tt.at(i - 2);
    if (prep == null || before == null || !tt.sameSentence(i - 2, i)) {
      return false;
    }
    // "wechselte nach Augsburg", also over a pronoun or adverb: "wechselte er nach Augsburg".
    Token before2 = tt.at(i - 3);
    boolean transfer = lex.is(TRANSFER_WORDS, before) || before.isWord() && before.isLowerCase() && before2 != null
        && tt.sameSentence(i - 3, i - 2) && lex.is(TRANSFER_WORDS, before2);
    return (prep.is("nach") || prep.is("zu")) && transfer
        || prep.is("bei") && before.isWord() && !before.isCapitalised();
  }

  /** The question {@link #sportsArticle} asks of an article, as its key. */
  private static final Object SPORTS_ROLES = new Object();

  /**
   * Whether the article reports on team sport: a score, or two player's or coach's roles or
   * competitions ("Sturm-Kicker", "Mittelfeldspieler", "Trainer", "Regionalliga", "Nationalteam"):
   * one alone may be a court's "Verteidiger" or a firm's "Trainer".
   */
  static boolean sportsArticle(TokenizedText tt, Lexicon lex) {
    return hasScore(tt) || tt.remember(SPORTS_ROLES, t -> {
      int roles = 0;
      for (Token k : t.tokens) {
        if (k.isWord() && k.isCapitalised() && k.text().length() > 4 && (teamRole(lex, k.text()) || lex.ending(COMPETITION_WORDS, k.lower(), 0) != null)
            && ++roles == 2) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * "Mittelfeldspieler", "Co-Trainer", "Stürmer": a player's or coach's role, as a compound's head,
   * also inflected ("des Mainzer Torhüters", "den Stürmern").
   */
  private static boolean teamRole(Lexicon lex, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    w = w.substring(w.lastIndexOf('-') + 1);
    return w.endsWith("spieler") || w.endsWith("spielerin") || w.endsWith("spielers") || w.endsWith("spielern")
        || lex.headIn(TEAM_ROLES, w);
  }

  /**
   * Whether the town or country at first..last is named as a sports team here: in a club's name
   * ("FC Ingolstadt", "Bayer Leverkusen", "Hannover 96"), or as {@link LocationRule#SPORTS_TEAM}
   * sees a side of a match. See {@link LocationRule#TEAM_IN_ARTICLE}.
   */
  static boolean namesTeam(
      TokenizedText tt, Lexicon lex, Gazetteer gaz, int first, int last, Set<LocationRule> off) {
    Gazetteer.Place p = LocationFinder.placeAt(tt, gaz, first, last);
    if (p.kind() != Gazetteer.Kind.CITY && p.kind() != Gazetteer.Kind.COUNTRY) {
      return false;
    }
    Token prev = tt.at(first - 1);
    Token next = tt.at(last + 1);
    boolean prevSame = prev != null && tt.sameSentence(first - 1, first);
    boolean nextSame = next != null && tt.sameSentence(last, last + 1);
    if (nextSame && lex.is(ORG_AFTER, next) || LocationFinder.dateline(tt, first, last)) {
      return false; // "New York Times"; "Acapulco – Kurz vor Mitternacht …"
    }
    boolean evidence;
    if (prevSame && lex.is(CLUB_BEFORE, prev)) {
      evidence = true;
    } else if (clubNumberAfter(tt, lex, first, last)) {
      evidence = true;
    } else {
      // SPORTS_TEAM's evidence: a nickname, a team noun, a side of a match (not when that rule is
      // off, so that its ablation measures all it does).
      return !off.contains(LocationRule.SPORTS_TEAM)
          && (p.kind() == Gazetteer.Kind.CITY ? sportsTeam(tt, lex, gaz, first, last)
              : hasScore(tt) && (clauseSubject(tt, lex, first, last) || nationalTeam(tt, lex, gaz, p, first, last))
                  || stageAfter(tt, lex, last) && !LocationFinder.placeSlot(tt, lex, first, last) && sportsArticle(tt, lex));
    }
    // A club's name counts in a match report (a score somewhere) only: "der FC Lustenau" in an
    // article on the town's refugees leaves the town a place.
    return evidence && hasScore(tt);
  }

  /**
   * "Senegals U23-Teamspieler", "Brasiliens Teamkicker": a country's genitive before a player's or
   * coach's role names its national team; so does a team's standing before it ("der erste
   * Verfolger Monaco", "Titelverteidiger Deutschland"), a line of results ("Ukraine – Weißrussland
   * 3:1"), not after a place's preposition ("Lajovic aus Serbien 6:4"), and a match noun's
   * "gegen"/"über" ("6:0-Sieg über San Marino").
   */
  static boolean nationalTeam(TokenizedText tt, Lexicon lex, Gazetteer gaz, Gazetteer.Place p, int first, int last) {
    Token prev = tt.at(first - 1);
    Token next = tt.at(last + 1);
    boolean prevSame = prev != null && tt.sameSentence(first - 1, first);
    boolean nextSame = next != null && tt.sameSentence(last, last + 1);
    return LocationFinder.genitiveForm(tt.get(first), p, gaz) && nextSame && next.isCapitalised() && teamRole(lex, next.text())
        || nextSame && teamNumber(tt, last + 1)
        || prevSame && prev.isCapitalised() && lex.headIn(TEAM_NOUNS, prev.text())
        || resultLine(tt, first, last) && !LocationFinder.placeSlot(tt, lex, first, last)
        || scoreWithMit(tt, last) && !LocationFinder.placeSlot(tt, lex, first, last)
        || matchSide(tt, lex, first)
        || (standingAfter(tt, last) || stageAfter(tt, lex, last)) && sportsArticle(tt, lex);
  }

  /**
   * "als man Turkmenistan mit 1:0 bezwang", "Rapid hat Salzburg mit 2:0 besiegt": a name before
   * "mit" and a score is a side of the match.
   */
  private static boolean scoreWithMit(TokenizedText tt, int last) {
    Token mit = tt.at(last + 1);
    return mit != null && mit.is("mit") && tt.sameSentence(last, last + 1) && scoreAt(tt, last + 2);
  }

  /**
   * "Deutschland I", "Frankreich II": a Roman number after a country numbers its teams (a bob, a
   * relay; a country, unlike a monarch, has no ordinal).
   */
  private static boolean teamNumber(TokenizedText tt, int k) {
    Token t = tt.at(k);
    return t != null && TEAM_NUMBER.matcher(t.text()).matches();
  }

  private static final java.util.regex.Pattern TEAM_NUMBER = java.util.regex.Pattern.compile("(I|II|III|IV)\\.?");

  /**
   * Whether a stage of a competition follows the name at i, alone or after the other names of a
   * list, also after a verb ("Chile und Bolivien im Viertelfinale", "Italien ins Finale",
   * "Argentinien hatte im WM-Viertelfinale … verloren"): the sides that reached it.
   */
  private static boolean stageAfter(TokenizedText tt, Lexicon lex, int i) {
    boolean verb = false;
    for (int k = i + 1; k < tt.size() && k <= i + 6 && tt.sameSentence(i, k); k++) {
      Token w = tt.get(k);
      if (w.is("im") || w.is("ins")) {
        Token stage = tt.at(k + 1);
        return stage != null && tt.sameSentence(k, k + 1) && stage.isCapitalised() && stage.lower().endsWith("finale");
      }
      // One verb between: "Argentinien hatte im WM-Viertelfinale …", "Chile und Peru stehen im Finale".
      boolean first = !verb && w.isWord() && w.isLowerCase() && !w.is("und") && !lex.is(ARTICLES, w)
          && !lex.is(PREPOSITIONS, w) && !lex.is(DETERMINERS, w);
      verb |= first;
      if (!(first || w.is("und") || w.isPunct(',') || w.isCapitalised() && w.isWord())) {
        return false;
      }
    }
    return false;
  }

  /** A team's place or points in brackets: "Island (38.)", "Ecuador (3)". */
  private static final java.util.regex.Pattern STANDING = java.util.regex.Pattern.compile("\\s*\\(\\d{1,3}\\.?\\)");

  /**
   * Whether a standing in brackets follows the token at i ("Ecuador (3) sicherte sich …", "und
   * Island (38.)"): in an article on sport a country so followed is a side in a table.
   */
  private static boolean standingAfter(TokenizedText tt, int i) {
    Token next = tt.at(i + 1);
    return next != null && next.isPunct('(') && tt.sameSentence(i, i + 1)
        && STANDING.matcher(tt.text).region(tt.get(i).end(), tt.text.length()).lookingAt();
  }

  /** "Hannover 96", "Berlin 04": a club's two-digit year after its town; not "Wien 12." (a district) nor "in Wien 53 Prozent". */
  static boolean clubNumberAfter(TokenizedText tt, Lexicon lex, int first, int last) {
    Token next = tt.at(last + 1);
    if (next == null || !tt.sameSentence(last, last + 1) || next.text().length() != 2
        || !Character.isDigit(next.text().charAt(0)) || !Character.isDigit(next.text().charAt(1))) {
      return false;
    }
    Token prev = tt.at(first - 1);
    if (prev != null && tt.sameSentence(first - 1, first) && lex.is(PLACE_PREPOSITIONS, prev)) {
      return false;
    }
    Token after = tt.at(last + 2);
    return after == null || !tt.sameSentence(last + 1, last + 2) || !after.isPunct('.') && !after.isCapitalised();
  }

  /**
   * "dem Stuttgarter Spieler Martin Stranzl", "der Jenaer Mittelfeldspieler": in an article on
   * team sport a town's adjective before a player's or coach's role is the club's (SPORTS_TEAM);
   * a country's is a nationality ("der Schweizer Nationalspieler").
   */
  static boolean clubAdjective(TokenizedText tt, Lexicon lex, int i) {
    Token next = tt.at(i + 1);
    return next != null && tt.sameSentence(i, i + 1) && next.isCapitalised() && next.isWord()
        && teamRole(lex, next.text()) && sportsArticle(tt, lex);
  }

  /**
   * "der Hamburger SV", "die Wiener Austria", "Kapfenberger SV 4:2": a club's word after a place's
   * adjective makes both the club's name; not when a noun follows ("im Wiener Austria Center").
   */
  static boolean clubWordAfter(TokenizedText tt, Lexicon lex, int i) {
    Token club = tt.at(i + 1);
    if (club == null || !tt.sameSentence(i, i + 1) || !lex.is(CLUB_BEFORE, club)) {
      return false;
    }
    Token after = tt.at(i + 2);
    return after == null || !tt.sameSentence(i + 1, i + 2) || !(after.isCapitalised() && after.isWord());
  }

  /** A score ("3:0", "2:1 n.V."), not a time of day or a duration ("10:30 Uhr", "2:47 Stunden"). */
  private static final java.util.regex.Pattern SCORE =
      java.util.regex.Pattern.compile("(?<![\\d:.])\\d{1,3}:\\d{1,3}(?![\\d:])(?!\\s*(Uhr|Stunden|Std\\.|Minuten|Min\\.|h\\b))");

  /** After a club in parentheses: ", 16/1)" (a player's games and goals) or "/86.)" (a minute). */
  private static final java.util.regex.Pattern STATS_AFTER_CLUB = java.util.regex.Pattern.compile("\\s*(,\\s*\\d+/\\d+|/\\s*\\d+\\.?)\\s*\\)");

  /** Whether the town at first..last names its sports team (see {@link LocationRule#SPORTS_TEAM}). */
  static boolean sportsTeam(TokenizedText tt, Lexicon lex, Gazetteer gaz, int first, int last) {
    Token next = tt.at(last + 1);
    boolean nextSame = next != null && tt.sameSentence(last, last + 1);
    // "Hannover 0:1": a town right before a score is a side of the match; so is one before "mit"
    // and a score ("Rapid hat Salzburg mit 2:0 besiegt").
    if (nextSame && scoreAt(tt, last + 1) || scoreWithMit(tt, last) && !LocationFinder.placeSlot(tt, lex, first, last)) {
      return true;
    }
    // "des Erstliga-Aufsteigers Frosinone", "Tabellenführer Dortmund": a noun of a team's standing
    // or of a club in apposition names the team.
    Token before = tt.at(first - 1);
    if (before != null && tt.sameSentence(first - 1, first) && before.isCapitalised() && lex.headIn(TEAM_NOUNS, before.text())) {
      return true;
    }
    // "Mittelfeldspieler von Wolfsburg", "Trainer bei Rapid": a player's or coach's role and "von" or
    // "bei" before a town name its club.
    Token role = tt.at(first - 2);
    if (before != null && role != null && (before.is("von") || before.is("bei")) && tt.sameSentence(first - 2, first)
        && role.isCapitalised() && teamRole(lex, role.text())) {
      return true;
    }
    // "Jakob Jantscher (Luzern, 16/1)", "(Bilbao/86.)": a club in a sports report's statistics,
    // after a player with games/goals or a minute.
    Token open = tt.at(first - 1);
    if (open != null && open.isPunct('(') && STATS_AFTER_CLUB.matcher(tt.text).region(tt.get(last).end(), tt.text.length()).lookingAt()) {
      return true;
    }
    // "Bundesligaspiel Cottbus gegen Stuttgart": the first side, after a match noun and before "gegen".
    if (before != null && tt.sameSentence(first - 1, first) && nextSame && next.is("gegen") && capitalisedHead(before.text())
        && lex.headIn(MATCH_NOUNS, before.text())) {
      return true;
    }
    // "Kaká für Mailand sowie Valérien Ismaël für Bayern": in a match report a scorer's club after
    // his name and "für" (not after a common noun: "Wahlkampf für Bayern").
    Token scorer = tt.at(first - 2);
    if (before != null && before.is("für") && scorer != null && tt.sameSentence(first - 2, first) && scorer.isCapitalised()
        && scorer.isWord() && !lex.isCommonWord(scorer) && !lex.isStop(scorer) && gaz.get(scorer) == null && hasScore(tt)) {
      return true;
    }
    // "Milwaukee Bucks", "Calgary Flames", "Sacramento Kings": an English plural nickname.
    if (nextSame && next.isCapitalised() && next.isWord() && next.text().length() > 3 && next.text().endsWith("s")
        && !lex.isCommonWord(next) && !lex.isStop(next) && gaz.get(next) == null) {
      return true;
    }
    // A side in a match report: after "gegen", a match verb or a dash, in an article with a score
    // anywhere ("gegen Mönchengladbach" two sentences after the 2:0). The score is looked for
    // last: it scans the whole text.
    Token prev = tt.at(first - 1);
    boolean prevSame = prev != null && tt.sameSentence(first - 1, first);
    // "trennten sich Freiburg und Dortmund 2:2": a reflexive match verb before the town.
    Token verb = tt.at(first - 2);
    boolean reflexive = prevSame && prev.is("sich") && verb != null && tt.sameSentence(first - 2, first) && lex.is(MATCH_VERBS, verb);
    boolean side = prevSame && (lex.is(MATCH_BEFORE, prev) || lex.is(MATCH_VERBS, prev) || reflexive || prev.is("–") || prev.is("-"))
        || nextSame && (lex.is(MATCH_VERBS, next) || (next.is("–") || next.is("-")) && !LocationFinder.dateline(tt, first, last))
        || clauseSubject(tt, lex, first, last);
    return side && hasScore(tt);
  }

  /** Whether a score ("3:1") begins at token k. */
  private static boolean scoreAt(TokenizedText tt, int k) {
    Token t = tt.at(k);
    return t != null && Character.isDigit(t.text().charAt(0))
        && SCORE.matcher(tt.text).region(t.start(), tt.text.length()).lookingAt();
  }

  /**
   * "Ukraine – Weißrussland 3:1 (3:0)", "Ghana - Australien: 1:1": a name in a line of results,
   * right before the score or before the dash, the other side's name and the score.
   */
  private static boolean resultLine(TokenizedText tt, int first, int last) {
    Token next = tt.at(last + 1);
    if (next == null || !tt.sameSentence(last, last + 1)) {
      return false;
    }
    if (scoreAt(tt, last + 1) || next.isPunct(':') && scoreAt(tt, last + 2)) {
      return true;
    }
    if (!(next.is("–") || next.is("-"))) {
      return false;
    }
    for (int k = last + 2; k <= last + 5 && k < tt.size() && tt.sameSentence(last, k); k++) {
      if (!tt.get(k).isCapitalised()) {
        // "Ghana - Australien: 1:1": also with a colon before the score.
        return k > last + 2 && (scoreAt(tt, k) || tt.get(k).isPunct(':') && scoreAt(tt, k + 1));
      }
    }
    return false;
  }

  /**
   * "Hannover holte nur 14 Punkte", "Ingolstadt folgt auf Platz fünf": a town that opens a clause
   * (after a sentence's start, a comma, a colon or "und") right before a lower-case word that is
   * no function word, the clause's verb, or joined by "und" to a second name before a match's verb
   * ("Ghana und Australien trennten sich"): in a match report the team acts, not the town.
   */
  static boolean clauseSubject(TokenizedText tt, Lexicon lex, int first, int last) {
    Token prev = tt.at(first - 1);
    Token next = tt.at(last + 1);
    boolean opens = prev == null || !tt.sameSentence(first - 1, first) || prev.isPunct(',') || prev.isPunct(':')
        || prev.is("und") || prev.is("–");
    // "Ghana und Australien trennten sich": the first of two names joined as the subject of a
    // match's verb ("Wien und Graz blieben trocken" names places).
    Token other = tt.at(last + 2);
    Token verb = tt.at(last + 3);
    if (next != null && next.is("und") && other != null && verb != null && tt.sameSentence(last, last + 3)
        && other.isCapitalised() && other.isWord() && lex.is(MATCH_VERBS, verb)) {
      return opens;
    }
    return opens && next != null && tt.sameSentence(last, last + 1) && next.isWord() && next.isLowerCase()
        && !lex.is(PREPOSITIONS, next) && !lex.is(ARTICLES, next) && !lex.is(DETERMINERS, next)
        && !lex.is(CONJUNCTIONS, next);
  }

  /** "(57.)", "(90.+2)": a match minute in brackets right after token k. */
  static boolean minuteAfter(TokenizedText tt, int k) {
    Token open = tt.at(k + 1);
    return open != null && open.isPunct('(') && open.start() == tt.get(k).end() + 1
        && MINUTE.matcher(tt.text).region(open.start(), tt.text.length()).lookingAt();
  }

  private static final java.util.regex.Pattern MINUTE = java.util.regex.Pattern.compile("\\(\\d{1,3}\\.(\\+\\d{1,2})?\\)");
}
