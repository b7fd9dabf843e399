package de.presseschau.extract;

import static de.presseschau.extract.WordClass.*;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the noun phrase that stands in a speaker's place: a pronoun, a person's name with its
 * titles, roles and appositions ("der Nationale Sicherheitsberater des Landes, Kim Sung-han"), a
 * role noun alone ("der Nato-Chef"), or an organisation ("die Nachrichtenagentur Interfax").
 */
final class PhraseParser {

  /** Endings of adverbs and adjectives that open sentences ("Überraschend", "Gegenwärtig"). */
  static final Pattern ADVERB_LIKE =
      Pattern.compile("(lich|ig|end|isch|bar|weise|ell|iv|al|los|sam|gemäß)$");

  private final TokenizedText tt;
  private final Lexicon lex;
  private final Gazetteer gaz;
  private final People people;

  PhraseParser(TokenizedText tt, Lexicon lex, Gazetteer gaz, People people) {
    this.tt = tt;
    this.lex = lex;
    this.gaz = gaz;
    this.people = people;
  }

  /**
   * "Stoltenberg sagte": a word that opens a sentence right before a singular speech verb may be a
   * family name; not before a plural one ("Datenschützer kritisierten") nor when it reads as an
   * adverb ("Überraschend", "Gegenwärtig").
   */
  boolean beforeSingularVerb(int i) {
    // "Dittrich aus dem Forscherteam erklärte": a short phrase of origin may stand between.
    int before = i; // the token before the verb
    Token opener = tt.at(i + 1);
    if (opener != null && opener.isLowerCase() && lex.is(GAP_OPENERS, opener)) {
      for (int k = i + 2; k < Math.min(tt.size(), i + 6) && tt.sameSentence(i, k); k++) {
        Token t = tt.get(k);
        if (t.isLowerCase() && lex.speechVerb(t.text()) != null) {
          before = k - 1;
          break;
        }
        if (!t.isWord() || people.personAt(k) != null) {
          break;
        }
      }
    }
    Token next = tt.at(before + 1);
    String w = tt.get(i).text().toLowerCase(Locale.ROOT);
    boolean verb = next != null && next.isLowerCase() && !next.text().endsWith("en")
        && (lex.speechVerb(next.text()) != null || lex.is(AUXILIARIES, next));
    return verb && !ADVERB_LIKE.matcher(w).find();
  }

  /** A person's name starting at i, or null. */
  Phrase name(int i) {
    People.Run run = people.runAt(i);
    if (run != null && !run.genitive() && people.personAt(i) != null) {
      return new Phrase(Phrase.Kind.PERSON, i, run.last(), people.personAt(i), null, null, false);
    }
    if (people.isCandidate(i) && people.personAt(i) == null) {
      Token before = tt.at(i - 1);
      if (before != null && lex.is(PLURAL, before)) {
        return null; // "mehrere Sunniten": a group, not a family name
      }
      int end = people.candidateEnd(i);
      if (end > i && people.capitalisedAsOpener(i)) {
        return name(i + 1); // "Einzig Sony gab bekannt": the name is Sony's
      }
      if (end == i && i == tt.sentenceStartOf(i) && !beforeSingularVerb(i)) {
        return null; // "Details", "Überraschend": a lone unknown word that opens a sentence is rarely a name
      }
      return qualifiesNoun(end) ? null : new Phrase(Phrase.Kind.CANDIDATE, i, end, null, tt.get(i).text(), null, false);
    }
    return null;
  }

  /** The index after a parenthesis opening at i ("(CDU)"), or i when none opens there. */
  int skipParenthesis(int i) {
    if (i < tt.size() && tt.get(i).isPunct('(')) {
      for (int k = i + 1; k < Math.min(tt.size(), i + 8); k++) {
        if (tt.get(k).isPunct(')')) {
          return k + 1;
        }
      }
    }
    return i;
  }

  /** The index of the "(" that the ")" at i closes, or i when none does within a few tokens. */
  int openingParenthesis(int i) {
    for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
      if (tt.get(k).isPunct('(')) {
        return k;
      }
    }
    return i;
  }

  /** Parses a speaker phrase from token i, not reaching limit. */
  Phrase parse(int i, int limit) {
    while (i < limit && (lex.isLower(ADVERBS, tt.get(i)) || tt.get(i).is("sich"))) {
      i++;
    }
    if (i >= limit || i >= tt.size() || tt.isQuoted(i)) {
      return null;
    }
    Token t = tt.get(i);
    if (t.is("er") || t.is("Er")) {
      return new Phrase(Phrase.Kind.PRONOUN, i, i, null, t.text(), "m", false);
    }
    if (t.is("sie") || t.is("Sie")) {
      return new Phrase(Phrase.Kind.PRONOUN, i, i, null, t.text(), "f", false);
    }
    boolean det = lex.isLower(DETERMINERS, t);
    boolean definite = lex.isLower(DEFINITE, t);
    if (det) {
      i++;
      i = afterExtendedAttribute(i, limit);
    }
    String role = null;
    int roleAt = -1;
    boolean plural = false;
    boolean headOnly = false;
    for (int steps = 0; i < limit && steps < 8; steps++) {
      t = tt.get(i);
      if (tt.isQuoted(i)) {
        break;
      }
      if (lex.isTitle(t.text())) {
        i++;
        continue;
      }
      Phrase named = (role == null && det) ? null : name(i);
      if (named == null && people.runAt(i) != null && people.personAt(i) != null) {
        named = name(i);
      }
      if (named != null) {
        if (named.kind() == Phrase.Kind.CANDIDATE && det && role == null) {
          break;
        }
        if (role != null && genitiveForm(named)) {
          return new Phrase(Phrase.Kind.ROLE, roleAt, roleAt, null, role, role, false); // "der Arzt Lahms"
        }
        Token comma = tt.at(named.last() + 1);
        if (role != null && named.kind() == Phrase.Kind.CANDIDATE && named.first() == named.last()
            && tt.get(named.first()).text().endsWith("s") && comma != null && comma.isPunct(',') && named.last() + 2 < limit) {
          Phrase apposed = name(named.last() + 2);
          if (apposed != null && apposed.kind() == Phrase.Kind.PERSON) {
            // "Der ehemalige Kampfgefährte Thaksins, Newin Chidchob": the genitive qualifies, the apposition names
            int last = skipParenthesis(apposed.last() + 1) - 1;
            return new Phrase(apposed.kind(), apposed.first(), last, apposed.person(), apposed.text(), role, definite);
          }
        }
        int last = skipParenthesis(named.last() + 1) - 1;
        return new Phrase(named.kind(), named.first(), last, named.person(), named.text(), role, definite);
      }
      if (people.runAt(i) != null && people.runAt(i).genitive() || qualifiesNoun(i) && people.isCandidate(i)) {
        return null;
      }
      if (lex.isRole(t)) {
        role = t.text();
        roleAt = i;
        i++;
        continue;
      }
      if (lex.is(PLURAL, t)) {
        plural = true;
      }
      Token next = tt.at(i + 1);
      if (t.isCapitalised() && !lex.isStop(t) && !lex.isOrganisation(t) && next != null && i + 1 < limit && people.runAt(i + 1) != null
          && people.personAt(i + 1) != null && !people.runAt(i + 1).genitive()) {
        // "Projektkoordinator Andreas Grassauer": a noun right before a name is a title.
        role = t.text();
        roleAt = i;
        i++;
        continue;
      }
      if (t.text().endsWith("s") && gaz.get(t) != null && next != null && next.isCapitalised()) {
        i++; // "Niedersachsens Ministerpräsident": the place only qualifies the role
        continue;
      }
      if (role == null && (lex.isOrganisation(t) || t.isAllCaps() && t.isCapitalised())) {
        if (next != null && i + 1 < limit && next.isCapitalised() && next.isWord() && !lex.isCommonWord(next)
            && !lex.isStop(next) && people.personAt(i + 1) == null && gaz.get(next) == null) {
          return new Phrase(Phrase.Kind.ORGANISATION, i + 1, i + 1, null, next.text(), null, definite);
        }
        return new Phrase(Phrase.Kind.ORGANISATION, i, i, null, t.text(), null, definite);
      }
      if (det && role == null && t.isCapitalised() && t.isWord() && !lex.isCommonWord(t) && !lex.isStop(t)
          && gaz.get(t) == null) {
        return new Phrase(Phrase.Kind.ORGANISATION, i, i, null, t.text(), null, definite);
      }
      if (det && role == null && t.isCapitalised() && t.isWord() && lex.isCommonWord(t)) {
        // "der aschkenasische Oberrabbiner Israels, Yona Metzger": a head noun an apposed name may follow.
        role = t.text();
        roleAt = i;
        headOnly = true;
        i++;
        continue;
      }
      if (isAdjective(i)) {
        i++;
        continue;
      }
      break;
    }
    if (role == null) {
      return null;
    }
    // What qualifies the role ("des Landes", "im niedersächsischen Landtag", "(IAEO)"), then the name.
    int j = i;
    while (j < limit && j - i < 9) {
      Token q = tt.get(j);
      if (q.isPunct('(')) {
        int after = skipParenthesis(j);
        if (after == j) {
          break; // an unclosed parenthesis ends the phrase
        }
        j = after;
        continue;
      }
      if (people.personAt(j) != null || q.isPunct(',') || !q.isWord() || tt.isQuoted(j) || lex.isFirstName(q)
          || people.isCandidate(j) && people.candidateEnd(j) > j) {
        break;
      }
      if (lex.is(QUALIFIER_WORDS, q) || isAdjective(j) || q.isCapitalised()) {
        j++;
        continue;
      }
      break;
    }
    int at = j < limit && tt.get(j).isPunct(',') ? j + 1 : j;
    if (at > j && definite && !headOnly) {
      // "der General der US-Streitkräfte, General George Casey": the apposed name has its own title
      // (after a definite role only: "Ein Dolmetscher wurde geschlagen, ARD-Reporter X" is a new clause).
      for (int k = 0; k < 2 && at + 1 < limit && (lex.isTitle(tt.get(at).text()) || lex.isRole(tt.get(at))); k++) {
        at++;
      }
    }
    Phrase named = at < limit ? name(at) : null;
    if (named != null && at == j && genitiveBetween(i, j)) {
      Phrase apposed = apposedAfter(named, limit);
      if (apposed != null) {
        named = apposed; // "Der Nachfolger des Airbus-Chefs Christian Streiff, Louis Gallois, hat …"
      }
    }
    if (named != null) {
      int last = skipParenthesis(named.last() + 1) - 1;
      return new Phrase(named.kind(), named.first(), last, named.person(), named.text(), headOnly ? null : role, true);
    }
    return headOnly ? null : new Phrase(Phrase.Kind.ROLE, roleAt, roleAt, null, role, role, definite && !plural);
  }

  /** Whether a genitive article ("des", "der", "eines") stands among tokens from..to-1. */
  private boolean genitiveBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (lex.is(GENITIVE_ARTICLES, tt.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person's name set off by commas right after the name in p ("…Christian Streiff, Louis
   * Gallois, hat"): after a role qualified by a genitive, the first name belongs to the genitive
   * and the apposed one to the role. Null when no such name follows.
   */
  private Phrase apposedAfter(Phrase p, int limit) {
    int comma = skipParenthesis(p.last() + 1);
    if (comma + 1 >= limit || !tt.get(comma).isPunct(',')) {
      return null;
    }
    Phrase apposed = name(comma + 1);
    if (apposed == null || apposed.kind() != Phrase.Kind.PERSON || apposed.person() == p.person()) {
      return null;
    }
    Token after = tt.at(skipParenthesis(apposed.last() + 1));
    return after != null && after.isPunct(',') ? apposed : null;
  }

  /**
   * "die in Berlin lebende Autorin", "der seit 2005 amtierende Präsident", "die das Unglück
   * überlebende Alice Kakamara": after an article, a phrase that a participle closes qualifies the
   * noun after it. Returns the index of that participle, or i when none closes such a phrase
   * within a few words.
   */
  private int afterExtendedAttribute(int i, int limit) {
    int end = Math.min(limit, i + 6);
    int participle = -1;
    for (int k = i + 1; k < end && participle < 0; k++) {
      Token t = tt.get(k);
      if (!t.isWord()) {
        return i;
      }
      if (t.isLowerCase() && presentParticiple(t.text())) {
        participle = k;
      }
    }
    if (participle < 0) {
      return i; // the common case, found by looking at the words' letters alone
    }
    for (int k = i; k < participle; k++) {
      if (tt.isQuoted(k) || people.personAt(k) != null || lex.isRole(tt.get(k))) {
        return i;
      }
    }
    return participle;
  }

  /** A present participle used as an adjective ("lebende", "amtierenden"): -end and an ending. */
  private static boolean presentParticiple(String w) {
    int e = w.length() - 1;
    if (w.charAt(e) != 'e') {
      e--; // "-en", "-er", "-es", "-em"
    }
    return e >= 6 && w.charAt(e) == 'e' && w.startsWith("nd", e - 2) && w.charAt(e - 3) == 'e';
  }

  /** "Lahms": a family name in the genitive. */
  private boolean genitiveForm(Phrase p) {
    String w = tt.get(p.last()).text();
    return p.person() != null && w.endsWith("s") && !People.fold(w).equals(p.person().lastKey());
  }

  /** "Yoons Büro", "Chinesische Staatsmedien": a word that qualifies the noun after it. */
  boolean qualifiesNoun(int i) {
    Token next = tt.at(i + 1);
    return next != null && next.isCapitalised() && tt.sameSentence(i, i + 1)
        && (lex.isCommonWord(next) || lex.isRole(next) || lex.isOrganisation(next));
  }

  /** "russische", "Nationale" (before a role): an adjective inside a speaker phrase. */
  boolean isAdjective(int i) {
    Token t = tt.get(i);
    String s = t.text();
    if (s.length() < 4 || !t.isWord()) {
      return false;
    }
    String l = s.toLowerCase(Locale.ROOT);
    boolean ending = l.endsWith("e") || l.endsWith("en") || l.endsWith("er") || l.endsWith("es") || l.endsWith("em");
    if (!ending || lex.speechVerb(l) != null || lex.is(NOT_ADJECTIVES, l) || lex.is(DETERMINERS, l)) {
      return false;
    }
    if (t.isLowerCase()) {
      return true;
    }
    Token next = tt.at(i + 1);
    return next != null && (lex.isRole(next) || lex.isOrganisation(next)) && lex.isCommonWord(s);
  }
}
