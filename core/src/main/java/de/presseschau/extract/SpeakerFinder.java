package de.presseschau.extract;

import static de.presseschau.extract.WordClass.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who says something: the subject of a speech verb ("sagte Stoltenberg", "Stoltenberg
 * teilte … mit", "wie Kim erklärte"), the complement of "laut", "zufolge", "nach Angaben von"
 * and ", so", and the name before a colon that opens a quotation. Names are resolved to the
 * article's people; pronouns ("sagte er") and role nouns ("fügte der Nato-Chef hinzu") to the
 * person they stand for; organisations ("sagte die Nato") become sources.
 */
final class SpeakerFinder {

  /** Who a cue points at: a person or an organisation, named at tokens first..last; cue is the token that attributes. */
  record Attribution(People.Person person, String source, int first, int last, int cue, SpeakerRule rule) {}

  private final TokenizedText tt;
  private final Lexicon lex;
  private final People people;
  private final PhraseParser phrases;
  private final List<Attribution> found = new ArrayList<>();
  private final java.util.Set<SpeakerRule> off;

  private SpeakerFinder(TokenizedText tt, Lexicon lex, Gazetteer gaz, People people, java.util.Set<SpeakerRule> off) {
    this.off = off;
    this.tt = tt;
    this.lex = lex;
    this.people = people;
    this.phrases = new PhraseParser(tt, lex, gaz, people);
  }

  static List<Attribution> find(
      TokenizedText tt, Lexicon lex, Gazetteer gaz, People people, java.util.Set<SpeakerRule> off) {
    SpeakerFinder f = new SpeakerFinder(tt, lex, gaz, people, off);
    f.run();
    return f.found;
  }

  private void run() {
    for (int s = 0; s < tt.sentenceStart.length; s++) {
      int start = tt.sentenceStart[s];
      openingSpeaker(start, tt.sentenceEndOf(start));
      if (s + 1 < tt.sentenceStart.length) {
        reportedNext(start, tt.sentenceEndOf(start), tt.sentenceStart[s + 1]);
      }
    }
    for (int i = 0; i < tt.size(); i++) {
      if (tt.isQuoted(i)) {
        continue;
      }
      Token t = tt.get(i);
      if (t.isLowerCase() && speechCue(i)) {
        record(subjectOf(i), i, SpeakerRule.SPEECH_VERB);
        continue;
      }
      // The other rules' cues are closed-class words and punctuation: one rule each.
      switch (t.text()) {
        case "laut", "Laut", "gemäß", "Gemäß" -> laut(i);
        case "zufolge" -> record(endingAt(i - 1), i, SpeakerRule.ZUFOLGE);
        case "Meinung", "Ansicht", "Auffassung", "Überzeugung" -> opinionNoun(i);
        case "hieß", "heißt" -> hiessEs(i);
        case "nach", "Nach" -> nachAngaben(i);
        case "so" -> soInversion(i);
        case "(" -> bracketedQuote(i);
        case "," -> commaAfterQuote(i);
        case ":" -> colonBeforeQuote(i);
        default -> { }
      }
    }
  }

  /** {@link SpeakerRule#LAUT}: "laut X", "gemäß X", "laut Aussage von X" (the cue at i). */
  private void laut(int i) {
    Token noun = tt.at(i + 1);
    Token von = tt.at(i + 2);
    if (noun != null && von != null && lex.is(SOURCE_NOUNS, noun) && (von.is("von") || von.is("vom"))) {
      record(phrases.parse(von.is("vom") ? i + 2 : i + 3, tt.sentenceEndOf(i)), i, SpeakerRule.LAUT);
    } else {
      record(phrases.parse(i + 1, tt.sentenceEndOf(i)), i, SpeakerRule.LAUT);
    }
  }

  /** {@link SpeakerRule#OPINION_NOUN}: "Bruce Cutler vertritt die Ansicht, dass …", "ist X der Meinung, …". */
  private void opinionNoun(int i) {
    int v = opinionVerb(i);
    Token next = tt.at(i + 1);
    if (v >= 0 && next != null && (next.isPunct(',') || next.isPunct(':'))) {
      record(subjectOf(v), i, SpeakerRule.OPINION_NOUN);
    }
  }

  /**
   * {@link SpeakerRule#HIESS_ES}: "„…“, hieß es vom Sprecher Mark Toner", "In einer Stellungnahme
   * von Innenminister Otto Schily hieß es".
   */
  private void hiessEs(int i) {
    Token es = tt.at(i + 1);
    Token von = tt.at(i + 2);
    if (es != null && es.is("es") && von != null && (von.is("von") || von.is("vom") || von.is("seitens"))
        && tt.sameSentence(i, i + 3)) {
      Phrase p = phrases.parse(von.is("vom") ? i + 2 : i + 3, tt.sentenceEndOf(i));
      if (von.is("vom") && p == null) {
        p = phrases.parse(i + 3, tt.sentenceEndOf(i));
      }
      record(p, i, SpeakerRule.HIESS_ES);
    } else if (es != null && es.is("es")) {
      record(statementOf(i), i, SpeakerRule.HIESS_ES);
    }
  }

  /** {@link SpeakerRule#NACH_ANGABEN}: "nach Angaben von X", "nach Aussage des X"; not "nach eigenen Angaben". */
  private void nachAngaben(int i) {
    int n0 = i + 1;
    while (n0 < tt.size() && n0 < i + 3 && (lex.is(DETERMINERS, tt.get(n0)) || tt.get(n0).is("eigenen"))) {
      n0++;
    }
    Token next = tt.at(n0);
    if (next != null && lex.is(SOURCE_NOUNS, next) && !tt.get(n0 - 1).is("eigenen")) {
      int k = n0 + 1;
      Token k0 = tt.at(k);
      if (k0 != null && (k0.is("von") || k0.is("vom"))) {
        k++;
      }
      record(phrases.parse(k, tt.sentenceEndOf(i)), i, SpeakerRule.NACH_ANGABEN);
    }
  }

  /** {@link SpeakerRule#SO_INVERSION}: "„…“, so X (weiter)": after a comma or a quotation mark. */
  private void soInversion(int i) {
    Token prev = tt.at(i - 1);
    int verb = afterQuotationVerb(i);
    if (verb > i) {
      // "„…“, so charakterisierte ihn der Gewerkschafter Bernard Aubin": after a quotation, "so"
      // and a finite verb put the one who said it behind the verb, whatever the verb.
      int k = verb + 1;
      while (k < tt.size() && lex.is(OBJECT_PRONOUNS, tt.get(k)) && k - verb <= 2) {
        k++;
      }
      Phrase p = phrases.parse(k, tt.sentenceEndOf(i));
      if (p != null && p.kind() == Phrase.Kind.PERSON) {
        record(p, i, SpeakerRule.SO_INVERSION);
      }
      return;
    }
    if (prev != null && (prev.isPunct(',') || TokenizedText.isQuoteMark(prev))) {
      Phrase p = phrases.parse(i + 1, tt.sentenceEndOf(i));
      Token after = p == null ? null : tt.at(p.last() + 1);
      Token afterAdverb = tt.at(p == null ? i : p.last() + 2);
      boolean adverbEnds = after != null && (lex.is(ADVERBS, after) || lex.is(SO_ADVERBS, after))
          && (afterAdverb == null || !afterAdverb.isWord());
      if (after == null || !after.isWord() || !tt.sameSentence(i, p.last() + 1)
          || lex.is(PREPOSITIONS, after) || adverbEnds) {
        record(p, i, SpeakerRule.SO_INVERSION);
      }
    }
  }

  /**
   * The finite verb right after the "so" at i when a quotation closes right before it ("„…“, so
   * beschrieb"), or -1: a lower-case word with a verb's ending of the third person.
   */
  private int afterQuotationVerb(int i) {
    Token prev = tt.at(i - 1);
    int q = prev != null && prev.isPunct(',') ? i - 2 : i - 1;
    Token verb = tt.at(i + 1);
    if (!tt.closesQuotation(q) || verb == null
        || !verb.isLowerCase() || !tt.sameSentence(i, i + 1) || lex.is(ADVERBS, verb) || lex.is(SO_ADVERBS, verb)) {
      return -1;
    }
    String w = verb.text();
    return w.endsWith("te") || w.endsWith("t") ? i + 1 : -1;
  }

  /** {@link SpeakerRule#BRACKETED_QUOTE}: "Mohammed ElBaradei („Mir fällt niemand ein.“)". */
  private void bracketedQuote(int i) {
    Token q = tt.at(i + 1);
    People.Run run = lastRunEndingAt(i - 1);
    if (q != null && TokenizedText.isQuoteMark(q) && run != null && !run.genitive()) {
      record(new Phrase(Phrase.Kind.PERSON, run.first(), run.last(), people.personAt(run.first()), null, null, false), i, SpeakerRule.BRACKETED_QUOTE);
    }
  }

  /** {@link SpeakerRule#AFTER_QUOTATION}: "„…“, X (verb)": the comma at i right after a quotation. */
  private void commaAfterQuote(int i) {
    if (tt.closesQuotation(i - 1)) {
      record(afterQuotation(i), i, SpeakerRule.AFTER_QUOTATION);
    }
  }

  /**
   * {@link SpeakerRule#COLON}: "X: „…“", a listed person's colon, or "Kritik kam von Gerhard
   * Schröder: „…“" (the colon at i before a quotation).
   */
  private void colonBeforeQuote(int i) {
    Token next = tt.at(i + 1);
    if (next == null || !(TokenizedText.isQuoteMark(next) || tt.isQuoted(i + 1))) {
      return;
    }
    int s0 = tt.sentenceStartOf(i);
    Phrase p = phrases.parse(s0, i);
    boolean named = p != null && (p.kind() == Phrase.Kind.PERSON || p.kind() == Phrase.Kind.CANDIDATE);
    Phrase listed = named ? null : listedBefore(i);
    if (named && (p.last() == i - 1 || tt.get(p.last() + 1).isPunct(',') && i - p.last() < 15)) {
      record(p, i, SpeakerRule.COLON);
    } else if (listed != null) {
      record(listed, i, SpeakerRule.COLON);
    } else {
      int last = tt.get(i - 1).isPunct(')') ? i - 1 : i;
      for (int k = Math.max(s0, i - 8); k < last; k++) {
        if ((tt.get(k).is("von") || tt.get(k).is("vom")) && !tt.isQuoted(k)) {
          Phrase q = phrases.parse(tt.get(k).is("vom") ? k : k + 1, i);
          if (q != null && q.kind() == Phrase.Kind.PERSON && phrases.skipParenthesis(q.last() + 1) == i) {
            record(q, i, SpeakerRule.COLON);
            break;
          }
        }
      }
    }
  }

  /**
   * Whether the sentence of the verb at v reports what was said: a quotation, a colon, a clause
   * of "dass", "ob" or "wonach", or reported speech in the subjunctive.
   */
  private boolean reportsContent(int v) {
    int s = tt.sentenceStartOf(v);
    int e = tt.sentenceEndOf(v);
    for (int k = s; k < e; k++) {
      Token t = tt.get(k);
      if (tt.isQuoted(k) || TokenizedText.isQuoteMark(t) || t.isPunct(':') || t.is("dass") || t.is("ob") || t.is("wonach")
          || lex.is(SUBJUNCTIVE, t) || t.is("seien") || t.is("hätten") || t.is("wären") || t.is("würden")) {
        return true;
      }
    }
    return false;
  }

  /** "sich … ausgesprochen hatte": "sich" earlier in the clause, and the participle closes it. */
  private boolean reflexiveBefore(int v) {
    Token next = tt.at(v + 1);
    if (next != null && tt.sameSentence(v, v + 1) && next.isWord() && !next.is("und")
        && !lex.is(AUXILIARIES, next) && !next.is("haben")) {
      return false; // "ausgesprochen gut": an adverb
    }
    for (int k = v - 1; k >= Math.max(tt.sentenceStartOf(v), v - 12); k--) {
      Token t = tt.get(k);
      if (t.is("sich")) {
        return true;
      }
      if (tt.isQuoted(k) || t.isPunct(',') || t.isPunct(':') || t.isPunct(';')) {
        return false;
      }
    }
    return false;
  }

  /** "zu sieben Jahren Haft verurteilt": a court's sentence, not a statement condemning something. */
  private boolean sentences(int v) {
    if (!tt.get(v).text().startsWith("verurteil")) {
      return false;
    }
    for (int k = Math.max(tt.sentenceStartOf(v), v - 8); k < Math.min(tt.sentenceEndOf(v), v + 8); k++) {
      String w = tt.get(k).text();
      if (w.equals("Haft") || w.equals("Haftstrafe") || w.equals("Gefängnis") || w.equals("Geldstrafe") || w.equals("Tode")
          || w.equals("Jahren") || w.equals("Monaten") || w.equals("lebenslang") || w.equals("lebenslanger")) {
        return true;
      }
    }
    return false;
  }

  /** "vertreten" without a view held ("Ackermann im Prozess vertreten", "im Parlament vertreten ist"): no statement. */
  private boolean represents(int v) {
    String w = tt.get(v).text();
    if (!w.equals("vertreten") && !w.equals("vertrat") && !w.equals("vertritt") && !w.equals("vertraten")) {
      return false;
    }
    int s = tt.sentenceStartOf(v);
    int e = tt.sentenceEndOf(v);
    for (int k = Math.max(s, v - 15); k < Math.min(e, v + 6); k++) {
      if (lex.is(VIEW_NOUNS, tt.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "erklärte das Tor für gültig", "erklärte Soleimani zum Terroristen": declaring something to be
   * so is no statement.
   */
  private boolean declares(int v) {
    if (!tt.get(v).text().startsWith("erklärt")) {
      return false;
    }
    for (int k = v + 1; k + 1 < tt.size() && tt.sameSentence(v, k + 1) && k < v + 20; k++) {
      Token t = tt.get(k);
      if (tt.isQuoted(k) || TokenizedText.isQuoteMark(t) || t.isPunct(',') || t.isPunct(':') || t.isPunct(';')) {
        return false;
      }
      Token next = tt.get(k + 1);
      Token after = tt.at(k + 2);
      boolean closes = after == null || !tt.sameSentence(k, k + 2) || !after.isWord() || after.is("und");
      if (t.is("für") && next.isLowerCase() && closes || (t.is("zum") || t.is("zur")) && next.isCapitalised() && closes) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the lower-case word at i is a speech verb used to attribute: a form from
   * {@code speech-verbs.txt} (with its particle closing the clause), or "bekannt geben" and
   * "sich … ausgesprochen" written apart, and not in one of the senses that say nothing.
   */
  private boolean speechCue(int i) {
    Token t = tt.get(i);
    Token prev = tt.at(i - 1);
    Set<String> particles = lex.speechVerb(t.text());
    if (particles == null && (t.is("geben") || t.is("gegeben")) && prev != null && prev.is("bekannt")) {
      particles = Set.of(""); // "will X vor dem Parlament bekannt geben, dass …"
    }
    if (particles == null && t.is("ausgesprochen") && reflexiveBefore(i)) {
      particles = Set.of(""); // "während sich Maas für ein härteres Strafrecht ausgesprochen hatte"
    }
    if (particles == null || !particles.contains("") && !particleFollows(i, particles)) {
      return false;
    }
    if (attributiveParticiple(i) || declares(i) || represents(i) || sentences(i) || writesHistory(i)) {
      return false;
    }
    return !lex.is(WEAK_VERBS, t) || reportsContent(i);
  }

  /**
   * "Frodeno schrieb damit Geschichte", "schrieb Nichols Geschichte", "schreibt schwarze Zahlen":
   * idioms of "schreiben" (making history, profits or losses) report nothing said. The idiom's
   * noun has no article ("eine Geschichte schreiben" is a story).
   */
  private boolean writesHistory(int v) {
    String verb = tt.get(v).text();
    if (!verb.startsWith("schr") && !verb.equals("geschrieben")) {
      return false;
    }
    int end = Math.min(tt.sentenceEndOf(v), v + 6);
    for (int k = Math.max(tt.sentenceStartOf(v), v - 6); k < end; k++) {
      Token w = tt.get(k);
      Token before = tt.at(k - 1);
      boolean bare = before == null || !lex.is(DETERMINERS, before) && !lex.is(ARTICLES, before.text().toLowerCase(java.util.Locale.ROOT));
      if (k != v && (w.is("Geschichte") && bare
          || w.is("Zahlen") && before != null && (before.is("schwarze") || before.is("rote")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "das als „Dschungel“ bekannte Lager", "der als Roma-König bekannte Kiril Raschkow": a verb
   * form that is also an adjective, standing before its noun inside a noun phrase.
   */
  private boolean attributiveParticiple(int i) {
    Token t = tt.get(i);
    Token next = tt.at(i + 1);
    if (!(t.is("bekannte") || t.is("bekannten")) || next == null || !next.isCapitalised() || !tt.sameSentence(i, i + 1)) {
      return false;
    }
    Token prev = tt.at(i - 1);
    if (prev != null && lex.is(DETERMINERS, prev)) {
      return true;
    }
    for (int k = i - 1; k >= Math.max(tt.sentenceStartOf(i), i - 8); k--) {
      if (tt.get(k).is("als")) {
        return k > 0 && lex.isLower(DETERMINERS, tt.get(k - 1));
      }
      // "die aus der Kultserie Enterprise bekannte US-Schauspielerin": a determiner, then a
      // prepositional phrase, then the participle before its noun.
      if (lex.is(PREPOSITIONS, tt.get(k)) && k > 0 && lex.isLower(DETERMINERS, tt.get(k - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Günter Metzges vom Netzwerk Campact ist der Meinung, dass …", "Nina Hagen zur neuen Heimat:
   * „…“": a sentence that opens with a person and goes on to a that-clause or a quotation
   * attributes it to that person, whatever the verb.
   */
  private void openingSpeaker(int s, int end) {
    if (tt.isQuoted(s)) {
      return;
    }
    Phrase p = phrases.parse(s, end);
    Token first = tt.get(s);
    if ((p == null || p.kind() != Phrase.Kind.PERSON) && (first.is("Für") || first.is("Laut")) && s + 1 < end) {
      // "Für Bildungssenator Willi Lemke ist die Beschäftigung kein Problem": the view of that person.
      Phrase f = phrases.parse(s + 1, end);
      Token verb = f == null ? null : tt.at(phrases.skipParenthesis(f.last() + 1));
      if (f != null && f.kind() == Phrase.Kind.PERSON && verb != null && lex.is(FOR_VERBS, verb)) {
        record(f, s, SpeakerRule.OPENING_PERSON);
      }
      return;
    }
    if ((p == null || p.kind() != Phrase.Kind.PERSON) && s + 2 < end && first.isCapitalised()
        && lex.isLower(ADVERBS, first) && lex.is(OPENING_VERBS, tt.get(s + 1))) {
      p = phrases.parse(s + 2, end); // "Zudem ist Angela Merkel überzeugt, dass …"
    }
    if (p == null || p.kind() != Phrase.Kind.PERSON) {
      return;
    }
    for (int k = p.last() + 1; k < Math.min(end, p.last() + 16); k++) {
      Token t = tt.get(k);
      if (tt.isQuoted(k) || lex.is(PASSIVE, t) || people.personAt(k) != null) {
        return;
      }
      Token next = tt.at(k + 1);
      boolean thatClause = t.isPunct(',') && next != null && next.is("dass");
      boolean quotation = t.isPunct(':') && next != null && (TokenizedText.isQuoteMark(next) || tt.isQuoted(k + 1));
      if (thatClause || quotation) {
        record(p, k, SpeakerRule.OPENING_PERSON);
        return;
      }
      if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':')) {
        return;
      }
    }
  }

  /**
   * "Der Innenminister Usman Ngom definierte das Ziel. Es gehe nicht darum, …": a sentence that
   * opens with a person, followed by one in reported speech (subjunctive, no name of its own),
   * attributes that speech to the person.
   */
  private void reportedNext(int s, int end, int next) {
    Phrase p = phrases.parse(s, end);
    if (p == null || p.kind() != Phrase.Kind.PERSON || tt.isQuoted(s)) {
      return;
    }
    int nextEnd = tt.sentenceEndOf(next);
    if (nextEnd > next && TokenizedText.isQuoteMark(tt.get(next)) && wholeQuotation(next, nextEnd)) {
      for (int k = p.last() + 1; k < end; k++) {
        if (tt.isQuoted(k) || people.personAt(k) != null) {
          return;
        }
      }
      record(p, next, SpeakerRule.REPORTED_NEXT); // "Bundespräsident Köhler äußerte sich. „Wir …“"
      return;
    }
    if (nextEnd <= next || tt.isQuoted(next) || TokenizedText.isQuoteMark(tt.get(next)) || tt.get(next).is("Er")
        || tt.get(next).is("Sie")) {
      // "Er erklärte, …": a statement by pronoun only; the gold leaves such speakers out.
      return;
    }
    for (int k = p.last() + 1; k < end; k++) {
      if (tt.isQuoted(k) || people.personAt(k) != null) {
        return;
      }
    }
    int reported = -1; // the subjunctive verb: the cue a reader sees
    for (int k = next; k < Math.min(nextEnd, next + 40); k++) {
      Token t = tt.get(k);
      if (tt.isQuoted(k) || people.personAt(k) != null || people.isCandidate(k) && k > next) {
        return;
      }
      if (lex.is(SUBJUNCTIVE, t) && reported < 0) {
        reported = k;
      }
    }
    if (reported >= 0) {
      record(p, reported, SpeakerRule.REPORTED_NEXT);
    }
  }

  /**
   * The verb of "ist der Meinung", "vertritt die Ansicht" before the noun at i, possibly with the
   * subject or an adverb in between ("ist Müller der Meinung", "vertritt ebenfalls die Ansicht"), or -1.
   */
  private int opinionVerb(int i) {
    Token det = tt.at(i - 1);
    if (det == null || !(det.is("der") || det.is("die"))) {
      return -1;
    }
    int s = tt.sentenceStartOf(i);
    for (int k = i - 2; k >= Math.max(s, i - 8); k--) {
      Token t = tt.get(k);
      if (lex.is(OPINION_VERBS, t)) {
        return k;
      }
      if (!t.isWord() && !t.isPunct('(') && !t.isPunct(')') || tt.isQuoted(k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "„Es wird klappen“, ist sich Angela Merkel sicher", "„…“, lautete die Antwort von X": after a
   * quotation and a comma, whatever verb comes first, the person named next said it.
   */
  private Phrase afterQuotation(int comma) {
    Token verb = tt.at(comma + 1);
    if (verb == null || !verb.isLowerCase() || !tt.sameSentence(comma, comma + 1) || lex.speechVerb(verb.text()) != null && lex.speechVerb(verb.text()).contains("")
        || lex.is(CLAUSE_OPENERS, verb) || lex.is(DETERMINERS, verb)) {
      return null; // speech verbs and "so" have rules of their own
    }
    for (int k = comma + 2; k < Math.min(tt.size(), comma + 9) && tt.sameSentence(comma, k); k++) {
      Token t = tt.get(k);
      if (tt.isQuoted(k) || !t.isWord()) {
        return null;
      }
      Phrase p = phrases.name(k);
      if (p != null && p.kind() == Phrase.Kind.PERSON) {
        return p;
      }
      if (lex.isRole(t) || lex.isTitle(t.text())) {
        Phrase r = phrases.parse(k, tt.sentenceEndOf(k));
        return r != null && r.kind() == Phrase.Kind.PERSON ? r : null;
      }
      if (!lex.is(AFTER_QUOTE_WORDS, t) && !lex.is(ADVERBS, t)
          && !lex.is(STATEMENT_NOUNS, t) && !t.is("Antwort") && !t.is("Kommentar") && !t.is("Reaktion")) {
        return null;
      }
    }
    return null;
  }

  private Phrase statementOf(int v) {
    int s = tt.sentenceStartOf(v);
    if (tt.get(s).is("Von") || tt.get(s).is("Vom")) {
      // "Von Angela Merkel hieß es, …"
      Phrase p = phrases.parse(tt.get(s).is("Vom") ? s : s + 1, v);
      return p != null && p.kind() == Phrase.Kind.PERSON && phrases.skipParenthesis(p.last() + 1) == v ? p : null;
    }
    if (!(tt.get(s).is("In") || tt.get(s).is("Im")) || v - s > 14) {
      return null;
    }
    for (int k = s + 1; k < v - 2; k++) {
      if (lex.is(STATEMENT_NOUNS, tt.get(k))) {
        Token von = tt.get(k + 1);
        if (von.is("von") || von.is("vom") || von.is("des")) {
          Phrase p = phrases.parse(von.is("vom") || von.is("des") ? k + 1 : k + 2, v);
          if (p != null && p.kind() == Phrase.Kind.PERSON && phrases.skipParenthesis(p.last() + 1) == v) {
            return p;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** Whether the sentence from..end is one quotation and nothing else. */
  private boolean wholeQuotation(int from, int end) {
    int k = from + 1;
    while (k < end && (tt.isQuoted(k) || !tt.get(k).isWord() && !TokenizedText.isQuoteMark(tt.get(k)))) {
      k++;
    }
    while (k < end && !tt.get(k).isWord()) {
      k++;
    }
    return k >= end && end - from > 3;
  }

  /** "teilte … mit": the particle must close the clause, before any quotation opens. */
  private boolean particleFollows(int v, Set<String> particles) {
    int end = Math.min(tt.sentenceEndOf(v), v + 30);
    for (int k = v + 1; k < end; k++) {
      Token t = tt.get(k);
      if (t.isPunct(':') || t.isPunct(';')) {
        return false;
      }
      if (tt.isQuoted(k) || TokenizedText.isQuoteMark(t)) {
        continue; // "wies dies als „absurd“ zurück"
      }
      if (t.is("sich") && particles.contains("sich") && k - v <= 3) {
        return true; // "wandte sich gegen", "zeigte sich zufrieden"
      }
      // The particle closes the clause: "teilte … mit." / "mit, dass" / "mit und", not "vor seinen Gästen".
      if (particles.contains(t.text()) && (k + 1 >= tt.size() || !tt.get(k + 1).isWord() || !tt.sameSentence(k, k + 1)
          || lex.is(CLAUSE_OPENERS, tt.get(k + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Endings of feminine nouns: after "Der" or "Einer" such a noun is in the dative or genitive ("Der Zeitung"). */
  private static final java.util.regex.Pattern FEMININE_NOUN =
      java.util.regex.Pattern.compile("..(ung|heit|keit|schaft|ion|tät|ei|ie|ik|enz|anz|ur)$");

  /**
   * Whether the clause from cs opens with a noun phrase in the dative or accusative, which is no
   * subject: "Dem", "Den", "Einem", or "Der"/"Einer" before (adjectives and) a feminine noun.
   */
  private boolean objectCase(int cs, int v) {
    Token d = tt.get(cs);
    if (d.is("Dem") || d.is("Den") || d.is("Einem")) {
      return true;
    }
    if (!d.is("Der") && !d.is("Einer")) {
      return false;
    }
    for (int k = cs + 1; k < v; k++) {
      Token t = tt.get(k);
      if (t.isCapitalised()) {
        return FEMININE_NOUN.matcher(t.text()).find() && lex.isCommonWord(t);
      }
    }
    return false;
  }

  /** The subject of the speech verb at v. */
  private Phrase subjectOf(int v) {
    int s = tt.sentenceStartOf(v);
    Token before = tt.at(v - 1);
    Token after = tt.at(v + 1);
    if ((tt.get(v).is("zitiert") || tt.get(v).is("zitierte")) && !passiveBefore(s, v)) {
      // "„…“, zitiert die „Computerwoche“ Lynch": the one quoted speaks, not the one who quotes.
      Phrase quoted = quotedPerson(v);
      if (quoted != null) {
        return quoted;
      }
    }
    if (before != null && v - 1 > s && before.is("und") && after != null
        && (after.isPunct(',') || after.isPunct(':') || after.is("dass") || adverbialUntilComma(v + 1))) {
      // "… und sagte": the subject is the sentence's first.
      Phrase p = phrases.parse(s, v - 1);
      if (p != null && (p.kind() == Phrase.Kind.PERSON || p.kind() == Phrase.Kind.CANDIDATE)) {
        return p;
      }
      return apposedOpening(s, v);
    }
    Token comma = tt.at(v - 2);
    if (before != null && comma != null && comma.isPunct(',') && v - 2 > s && (before.is("der") || before.is("die"))) {
      // "Reinhard Bütikofer, Parteivorsitzender der Grünen, der sagte": the relative pronoun's person.
      for (int k = v - 3; k >= Math.max(s, v - 14); k--) {
        People.Run run = people.runAt(k);
        if (run != null && people.personAt(k) != null && !run.genitive()) {
          return new Phrase(Phrase.Kind.PERSON, k, run.last(), people.personAt(k), null, null, false);
        }
      }
      return null;
    }
    if (before != null && v - 1 >= s && before.isPunct(',')) {
      Phrase apposed = beforeApposition(v - 1, s);
      if (apposed == null) {
        apposed = nameBetweenCommas(v - 1, s);
      }
      if (apposed == null) {
        apposed = afterVerb(v);
      }
      if (apposed == null) {
        apposed = beforeRelativeClause(v);
      }
      return apposed != null ? apposed : compoundNameBeside(v);
    }
    for (int c = v - 2; c > Math.max(s, v - 12); c--) {
      if (tt.get(c).isPunct(',')) {
        // "…, Bundestrainer Joachim Löw bezeichnete": a new subject after a comma.
        Phrase p = phrases.parse(c + 1, v);
        if (p != null && p.kind() == Phrase.Kind.PERSON && p.last() == v - 1) {
          return p;
        }
        break;
      }
    }
    int cs = clauseStart(v, s);
    if (passive(cs, v)) {
      return agent(cs, v);
    }
    if (tt.get(v).is("zitiert") || tt.get(v).is("zitierte")) {
      Phrase quoted = quotedPerson(v);
      if (quoted != null) {
        return quoted;
      }
    }
    Phrase left = cs < v && !oblique(cs) ? phrases.parse(cs, v) : null;
    if (left != null && objectCase(cs, v)) {
      // "Der Zeitung sagte Filep Karma:", "Dem Magazin sagte Kristina Mena": an object opens the
      // clause; the subject is the name after the verb.
      Phrase right = afterVerb(v);
      if (right != null && (right.kind() == Phrase.Kind.PERSON || right.kind() == Phrase.Kind.CANDIDATE && right.last() > right.first())) {
        return right;
      }
    }
    boolean verbFinal = verbFinal(v);
    if (left != null && (left.last() == v - 1 || verbFinal || shortGap(left.last() + 1, v)
        || isName(left) && appositionUntil(left.last() + 1, v))) {
      return left;
    }
    Phrase vorfeld = namedVorfeld(cs, v);
    if (vorfeld != null) {
      return vorfeld;
    }
    Phrase relative = beforeRelativeClause(v);
    if (relative != null) {
      return relative;
    }
    Phrase right = afterVerb(v);
    if (right != null) {
      return right;
    }
    Phrase subject = verbFinal ? firstSubjectLike(cs, v) : null;
    return subject != null ? subject : compoundNameBeside(v);
  }

  /**
   * "Wie Norman Paech, der als Begleitung … anwesend war, dazu feststellt": a name that opens the
   * clause, then a relative clause or apposition set off by commas, then (after at most two
   * adverbs) the verb.
   */
  private Phrase beforeRelativeClause(int v) {
    int s = tt.sentenceStartOf(v);
    int c = v - 1;
    while (c > s && v - c <= 3 && !tt.get(c).isPunct(',')) {
      if (!lex.is(ADVERBS, tt.get(c)) && !tt.get(c).is("aber")) {
        return null;
      }
      c--;
    }
    if (c <= s || !tt.get(c).isPunct(',')) {
      return null;
    }
    int from = s;
    while (from < c && (lex.isLower(CLAUSE_OPENERS, tt.get(from))
        || lex.isLower(ADVERBS, tt.get(from)))) {
      from++;
    }
    People.Run run = people.runAt(from);
    if (run == null || run.genitive() || people.personAt(from) == null || c - run.last() > 40) {
      return null;
    }
    int comma = phrases.skipParenthesis(run.last() + 1);
    Token head = tt.at(comma + 1);
    if (comma >= c || !tt.get(comma).isPunct(',') || head == null
        || !lex.is(APPOSITION_OPENERS, head)) {
      return null;
    }
    for (int k = comma + 1; k < c; k++) {
      if (tt.isQuoted(k) || tt.get(k).isPunct(':') || tt.get(k).isPunct(';') || people.personAt(k) != null && k > comma + 3) {
        return null;
      }
    }
    return new Phrase(Phrase.Kind.PERSON, from, run.last(), people.personAt(from), null, null, false);
  }

  /**
   * "Einer der Putschisten, Harouna Adamou, dankte … und ergänzte, …": a sentence that opens with
   * a noun phrase and a name apposed to it between commas.
   */
  private Phrase apposedOpening(int s, int v) {
    for (int k = s; k < Math.min(v, s + 8); k++) {
      Token t = tt.get(k);
      if (t.isPunct(',')) {
        Phrase p = phrases.name(k + 1);
        if (p != null && p.kind() == Phrase.Kind.PERSON) {
          int after = phrases.skipParenthesis(p.last() + 1);
          if (after < v && tt.get(after).isPunct(',')) {
            return p;
          }
        }
        return null;
      }
      if (tt.isQuoted(k) || !t.isWord() || t.isLowerCase() && !lex.is(DETERMINERS, t)
          && !lex.is(QUALIFIER_WORDS, t) && !phrases.isAdjective(k)) {
        return null;
      }
    }
    return null;
  }

  /** "45-jährige", "58-Jähriger": an age before a name. */
  private boolean ageAdjective(int k) {
    String w = tt.get(k).text().toLowerCase(Locale.ROOT);
    return w.contains("-jährig") && !w.startsWith("-");
  }

  /**
   * "… und sagte bei der Gelegenheit, …": a short adverbial without a name or pronoun between an
   * elided subject's verb and the comma or colon that opens what is said.
   */
  private boolean adverbialUntilComma(int from) {
    Token first = tt.at(from);
    if (first == null || !lex.is(PREPOSITIONS, first) && !lex.is(ADVERBS, first)) {
      return false;
    }
    for (int k = from; k < Math.min(tt.size(), from + 8) && tt.sameSentence(from, k); k++) {
      Token t = tt.get(k);
      if (t.isPunct(',') || t.isPunct(':')) {
        return k > from;
      }
      if (tt.isQuoted(k) || !t.isWord() || people.runAt(k) != null || people.isCandidate(k) || t.is("er") || t.is("sie")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "New Yorks Bürgermeister Michael Bloomberg kritisierte", "Der US-amerikanische
   * Linksintellektuelle Noam Chomsky meinte": in a sentence that opens with the speaker, a
   * person's name right before the finite verb is its subject, whatever modifiers stand before
   * it, as long as no preposition, verb or comma does.
   */
  private Phrase namedVorfeld(int cs, int v) {
    if (v <= cs) {
      return null; // the verb opens the text: nothing stands before it
    }
    int s = tt.sentenceStartOf(v);
    if (cs != s && !(cs == s + 1 && tt.get(s).is("Auch"))) {
      return null;
    }
    int end = v;
    if (tt.get(v - 1).isPunct(')')) {
      int open = v - 2;
      while (open > cs && !tt.get(open).isPunct('(') && v - open < 8) {
        open--;
      }
      if (!tt.get(open).isPunct('(')) {
        return null;
      }
      end = open;
    }
    if (v - cs > 12 || end <= cs || oblique(cs)) {
      return null;
    }
    for (int k = cs; k < end; k++) {
      People.Run run = people.runAt(k);
      if (run != null && run.last() == end - 1 && !run.genitive() && people.personAt(k) != null) {
        return new Phrase(Phrase.Kind.PERSON, k, v - 1, people.personAt(k), null, null, false);
      }
      if (k > cs && people.isCandidate(k) && people.personAt(k) == null && people.candidateEnd(k) == end - 1
          && end - 1 > k && (tt.get(k - 1).isCapitalised() || phrases.isAdjective(k - 1) || ageAdjective(k - 1))) {
        // "Die 45-jährige Tegaye Mununhe sagte": unknown words of two or more after a noun or adjective
        return new Phrase(Phrase.Kind.CANDIDATE, k, end - 1, null, tt.get(k).text(), null, false);
      }
      Token t = tt.get(k);
      if (ageAdjective(k)) {
        continue;
      }
      if (tt.isQuoted(k) || !t.isWord() && !t.isPunct('.') && !t.isPunct('-')) {
        return null;
      }
      boolean andBetweenNames = (t.is("und") || t.is("als")) && k > cs && people.personAt(k - 1) != null
          || t.is("auch") && k > cs && tt.get(k - 1).is("als");
      if (t.isLowerCase() && !lex.is(DETERMINERS, t) && !phrases.isAdjective(k) && !andBetweenNames) {
        return null;
      }
      if (lex.isLower(PREPOSITIONS, t)) {
        return null;
      }
    }
    return null;
  }

  /**
   * "sagte Schweinsteiger", "Feinstein argumentierte": a family name that happens to split into
   * German words counts only right beside the verb.
   */
  private Phrase compoundNameBeside(int v) {
    int after = v + 1;
    while (after < tt.size() && (lex.is(ADVERBS, tt.get(after)) || tt.get(after).is("sich"))) {
      after++;
    }
    for (int k : new int[] {after, v - 1}) {
      Token t = tt.at(k);
      Token next = tt.at(k + 1);
      if (t != null && k >= 0 && tt.sameSentence(k, v) && !tt.isQuoted(k) && people.compoundName(k)
          && k != tt.sentenceStartOf(k)
          && (next == null || !next.isCapitalised() || k == v - 1)
          && (k != v - 1 || k == tt.sentenceStartOf(v) || !tt.get(k - 1).isWord() || lex.isLower(ADVERBS, tt.get(k - 1)))) {
        People.Person p = people.adoptWord(k);
        if (p != null) {
          return new Phrase(Phrase.Kind.PERSON, k, k, p, null, null, false);
        }
      }
    }
    return null;
  }

  /** "X wird von Reuters zitiert": a passive auxiliary between s and v. */
  private boolean passiveBefore(int s, int v) {
    for (int k = s; k < v; k++) {
      if (lex.is(PASSIVE, tt.get(k)) && !tt.isQuoted(k)) {
        return true;
      }
    }
    return false;
  }

  /** "Klien wurde vorgeworfen": the subject of a passive speech verb is not the speaker ("zitiert" aside). */
  private boolean passive(int cs, int v) {
    if (tt.get(v).is("zitiert")) {
      return false;
    }
    Token next = tt.at(v + 1);
    if (next != null && tt.sameSentence(v, v + 1) && lex.is(PASSIVE, next)) {
      return true; // "was Mladić vorgeworfen wird", "Jufer war verurteilt worden"
    }
    return passiveBefore(cs, v);
  }

  private boolean oblique(int k) {
    Token t = tt.at(k);
    return t != null && lex.isLower(OBLIQUE, t);
  }

  private static boolean isName(Phrase p) {
    return p.kind() == Phrase.Kind.PERSON || p.kind() == Phrase.Kind.CANDIDATE;
  }

  /** "René Préval, der Präsident des Staates sagte": an apposition without its closing comma. */
  private boolean appositionUntil(int comma, int v) {
    if (comma + 1 >= v || v - comma > 22 || !tt.get(comma).isPunct(',')) {
      return false;
    }
    Token head = tt.get(comma + 1);
    if (!lex.is(DETERMINERS, head) && !lex.isRole(head)) {
      return false;
    }
    for (int k = comma + 2; k < v; k++) {
      Token t = tt.get(k);
      if (t.isPunct('(')) {
        int after = phrases.skipParenthesis(k);
        if (after > k) {
          k = after - 1; // "(UGIT)"
          continue;
        }
      }
      boolean foreignParticle = t.isLowerCase() && t.text().length() <= 3 && k > comma + 2 && tt.get(k - 1).isCapitalised()
          && k + 1 < v && tt.get(k + 1).isCapitalised(); // "Union Générale Tunisienne du Travail"
      if (t.isPunct(',') || tt.isQuoted(k) || t.isLowerCase() && !lex.is(QUALIFIER_WORDS, t) && !phrases.isAdjective(k)
          && !foreignParticle) {
        return false;
      }
    }
    return true;
  }

  /** "wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet": the agent speaks. */
  private Phrase agent(int cs, int v) {
    for (int k = cs; k < v - 1; k++) {
      if (tt.get(k).is("von") || tt.get(k).is("vom") || tt.get(k).is("Von") || tt.get(k).is("Vom")) {
        if (k > cs && tt.get(k - 1).isCapitalised() && lex.isCommonWord(tt.get(k - 1))) {
          continue; // "unter der Führung von X": von qualifies a noun, X is no agent
        }
        Phrase p = phrases.parse(k + 1, v);
        if (p != null && p.kind() == Phrase.Kind.PERSON) {
          return p;
        }
      }
    }
    return null;
  }

  /** "zitiert die Computerwoche Lynch", "zitierte Papandreou mit den Worten": the one quoted speaks. */
  private Phrase quotedPerson(int v) {
    int end = Math.min(tt.sentenceEndOf(v), v + 8);
    for (int k = v + 1; k < end; k++) {
      if (tt.get(k).isPunct(',')) {
        break;
      }
      if (tt.get(k).isPunct(':')) {
        break; // "mit den Worten zitiert: „Wowereit ist angeschlagen“"
      }
      if (tt.isQuoted(k)) {
        continue; // "zitiert die „Computerwoche“ Lynch"
      }
      Phrase p = phrases.name(k);
      if (p != null && p.kind() == Phrase.Kind.PERSON) {
        return p;
      }
    }
    return null;
  }

  /** "Theo Kitz vom Bankhaus Merck Finck sagte": a short phrase between subject and verb. */
  private boolean shortGap(int from, int v) {
    if (from >= v || v - from > 6 || !lex.is(GAP_OPENERS, tt.get(from))) {
      return false;
    }
    for (int k = from + 1; k < v; k++) {
      Token t = tt.get(k);
      // "Sascha Kempf vom Max-Planck-Institut für Kernphysik in Heidelberg erläutert": the phrase may hold prepositions.
      if (t.isLowerCase() && !lex.is(GAP_OPENERS, t) && !lex.is(PREPOSITIONS, t) && !phrases.isAdjective(k)) {
        return false;
      }
    }
    return true;
  }

  /** "Ein Sprecher der Polizei, Lars Beringer, sagte": a name set off by commas before the verb. */
  private Phrase nameBetweenCommas(int comma, int s) {
    for (int c2 = comma - 2; c2 >= Math.max(s, comma - 8); c2--) {
      if (tt.get(c2).isPunct(',')) {
        Phrase p = phrases.name(c2 + 1);
        if (p == null || phrases.skipParenthesis(p.last() + 1) != comma) {
          return null;
        }
        int cs = clauseStart(c2, s);
        for (int k = cs; k < c2; k++) {
          if (lex.isRole(tt.get(k))) {
            return new Phrase(p.kind(), p.first(), p.last(), p.person(), p.text(), tt.get(k).text(), true);
          }
        }
        // "Eine Anwohnerin, Tegaye Mununhe, sagte": an article and a noun before the name.
        int noun = cs + 1;
        while (noun < c2 - 1 && phrases.isAdjective(noun)) {
          noun++; // "Der ehemalige Kampfgefährte Thaksins, Newin Chidchob, …"
        }
        if (c2 - cs >= 2 && c2 - cs <= 6 && lex.isLower(DETERMINERS, tt.get(cs))
            && tt.get(noun).isCapitalised() && lex.isCommonWord(tt.get(noun))) {
          return p;
        }
        return null;
      }
    }
    return null;
  }

  private boolean verbFinal(int v) {
    Token next = tt.at(v + 1);
    if (next != null && tt.sameSentence(v, v + 1) && (lex.is(AUXILIARIES, next) || next.is("worden"))) {
      next = tt.at(v + 2); // "gefragt habe", "erklärt hatte"
      v++;
    }
    return next == null || !tt.sameSentence(v, v + 1) || !next.isWord() || next.is("und");
  }

  /** "Kim Seol-hwa, ein Beamter des Außenministeriums, sagte": the name before the apposition. */
  private Phrase beforeApposition(int comma, int s) {
    for (int c2 = comma - 2; c2 >= Math.max(s, comma - 15); c2--) {
      Token t = tt.get(c2);
      if (tt.isQuoted(c2) || TokenizedText.isQuoteMark(t)) {
        return null;
      }
      if (t.isPunct(',')) {
        Token head = tt.get(c2 + 1);
        boolean apposition = lex.is(DETERMINERS, head) || lex.isRole(head)
            || head.is("dessen") || head.is("deren") || Character.isDigit(head.text().charAt(0))
            || head.isLowerCase() && tt.at(c2 + 2) != null && lex.isRole(tt.get(c2 + 2))
            // "Stanislaw Tillich (CDU), amtierender sächsischer Ministerpräsident, spricht"
            || head.isLowerCase() && phrases.isAdjective(c2 + 1) && tt.at(c2 + 3) != null && phrases.isAdjective(c2 + 2)
                && lex.isRole(tt.get(c2 + 3))
            // "Winfried Hassemer, Papiers Stellvertreter, glaubt": a genitive before the role
            || head.isCapitalised() && head.text().endsWith("s") && tt.at(c2 + 2) != null
                && lex.isRole(tt.get(c2 + 2));
        if (!apposition) {
          return null;
        }
        Phrase p = phrases.parse(clauseStart(c2, s), c2);
        if (p != null && (p.last() == c2 - 1 || phrases.skipParenthesis(p.last() + 1) == c2)
            && (p.kind() == Phrase.Kind.PERSON || p.kind() == Phrase.Kind.CANDIDATE)) {
          for (int k = c2 + 1; k < comma; k++) {
            if (lex.isRole(tt.get(k))) {
              return new Phrase(p.kind(), p.first(), p.last(), p.person(), p.text(), tt.get(k).text(), true);
            }
          }
          return p;
        }
        return null;
      }
    }
    return null;
  }

  private int clauseStart(int v, int s) {
    int k = v - 1;
    for (; k >= s; k--) {
      Token t = tt.get(k);
      if (t.isPunct(')')) {
        int open = k - 1;
        while (open > s && !tt.get(open).isPunct('(') && k - open < 8) {
          open--;
        }
        if (open >= s && tt.get(open).isPunct('(')) {
          k = open; // "(SPD)", "(IAEO)": a parenthesis inside the clause
          continue;
        }
      }
      if (k - 1 > s && tt.closesQuotation(k)) {
        int open = k - 1;
        while (open > s && tt.isQuoted(open) && k - open < 6) {
          open--;
        }
        if (k - open < 6 && TokenizedText.isQuoteMark(tt.get(open)) && open > s && tt.get(open - 1).isWord()) {
          k = open; // von „Ener1“: a quoted name inside the clause
          continue;
        }
      }
      if (tt.isQuoted(k) || TokenizedText.isQuoteMark(t) || t.isPunct(':') || t.isPunct(';') || t.isPunct('(')
          || t.isPunct(')') || t.isPunct('–') || t.isPunct('—')) {
        break;
      }
      if (t.isPunct(',') && lex.is(CLAUSE_OPENERS, tt.get(k + 1))) {
        return k + 2;
      }
      if (t.isPunct(',') && k + 1 < v && k > s && tt.get(k - 1).isLowerCase() && tt.get(k - 1).isWord()
          && lex.is(AUXILIARIES, tt.get(k + 1))) {
        return k + 1; // "Wie die Zeitung schrieb, soll Anelka gesagt haben": the main clause after the comma
      }
    }
    int start = k + 1;
    if (start < v && lex.isLower(CLAUSE_OPENERS, tt.get(start))) {
      start++;
    }
    return start;
  }

  /** Verb-first order: "sagte Stoltenberg", "gab der Nationale Sicherheitsberater … bekannt". */
  private Phrase afterVerb(int v) {
    Phrase p = afterVerbPhrase(v);
    // "nannte Details", "forderte Maßnahmen": after a verb that takes an object, a lone unknown
    // word is more often that object than a family name.
    if (p != null && p.kind() == Phrase.Kind.CANDIDATE && p.first() == p.last() && !lex.is(SAYING, tt.get(v))) {
      return null;
    }
    return p;
  }

  private Phrase afterVerbPhrase(int v) {
    int end = tt.sentenceEndOf(v);
    int k = v + 1;
    while (k < end) {
      Token t = tt.get(k);
      if (lex.is(ADVERBS, t)) {
        k++;
      } else if ((t.is("am") || t.is("vom")) && k + 1 < end && lex.is(WEEKDAYS, tt.get(k + 1))) {
        k += 2;
      } else if ((t.isPunct('–') || t.isPunct('—')) && closingDash(k, end) > k) {
        k = closingDash(k, end) + 1; // "gab heute – nach eingehenden Untersuchungen – Professor X bekannt"
      } else {
        break;
      }
    }
    return oblique(k) ? null : phrases.parse(k, end);
  }

  /** The person run that ends at token last, or null. */
  private People.Run lastRunEndingAt(int last) {
    for (int k = last; k >= Math.max(0, last - 5); k--) {
      People.Run run = people.runAt(k);
      if (run != null && run.last() == last && people.personAt(k) != null && !tt.isQuoted(k)) {
        return run;
      }
    }
    return null;
  }

  /**
   * "…, und der norwegische Ministerpräsident Jens Stoltenberg: „…“": a name that closes a list
   * item right before the colon that opens a quotation.
   */
  private Phrase listedBefore(int colon) {
    People.Run run = lastRunEndingAt(colon - 1);
    if (run == null || run.genitive()) {
      return null;
    }
    int s = tt.sentenceStartOf(colon);
    for (int k = run.first() - 1; k >= Math.max(s, run.first() - 6); k--) {
      Token t = tt.get(k);
      if (t.is("und") || t.isPunct(',')) {
        return new Phrase(Phrase.Kind.PERSON, run.first(), run.last(), people.personAt(run.first()), null, null, false);
      }
      if (tt.isQuoted(k) || !t.isWord() || !(lex.is(DETERMINERS, t) || phrases.isAdjective(k)
          || lex.isRole(t) || lex.isTitle(t.text()))) {
        return null;
      }
    }
    return null;
  }

  /** Only adverbs, or a preposition and a name, between from and the verb at v. */
  private boolean shortMiddle(int from, int v) {
    if (v - from > 3) {
      return false;
    }
    for (int k = from; k < v; k++) {
      Token t = tt.get(k);
      boolean prepositionAndName = lex.is(PREPOSITIONS, t) && k + 1 < v && tt.get(k + 1).isCapitalised();
      if (prepositionAndName) {
        k++;
      } else if (!lex.is(ADVERBS, t)) {
        return false;
      }
    }
    return true;
  }

  /** The dash that closes a parenthetical opened by the dash at k, or -1. */
  private int closingDash(int k, int end) {
    for (int j = k + 1; j < Math.min(end, k + 16); j++) {
      Token t = tt.get(j);
      if (t.isPunct('–') || t.isPunct('—')) {
        return j;
      }
      if (tt.isQuoted(j) || t.isPunct(',') || t.isPunct(':')) {
        return -1;
      }
    }
    return -1;
  }

  /** For verb-final clauses with something before the subject ("Am Montag hat Stoltenberg gesagt"). */
  private Phrase firstSubjectLike(int from, int v) {
    for (int k = from; k < v - 1; k++) {
      if (lex.is(AUXILIARIES, tt.get(k))) {
        // "…, Gerhard Maria Wagner hat Papst Benedikt XVI. gebeten": the name before the auxiliary
        int before = tt.get(k - 1).isPunct(')') ? phrases.openingParenthesis(k - 1) - 1 : k - 1;
        People.Person subject = people.personAt(before);
        if (before > from && subject != null && !tt.isQuoted(before)) {
          int first = before;
          while (first - 1 >= from && people.personAt(first - 1) == subject) {
            first--;
          }
          People.Run run = people.runAt(first);
          int head = first - 1;
          while (head >= from && (lex.isLower(DETERMINERS, tt.get(head))
              && !oblique(head) || phrases.isAdjective(head) || lex.isRole(tt.get(head)) || lex.isTitle(tt.get(head).text()))) {
            head--; // "Im Prozess gegen die frühere Regierungschefin Julia Timoschenko hat …": inside a prepositional phrase
          }
          Token prev = tt.at(head);
          boolean particle = head == first - 1 && prev != null && prev.text().equalsIgnoreCase("zu"); // "Zu Guttenberg hatte"
          if (run != null && !run.genitive() && (head < from || prev == null || particle || !lex.isLower(PREPOSITIONS, prev)
              && !oblique(head))) {
            return new Phrase(Phrase.Kind.PERSON, first, before, subject, null, null, false);
          }
        }
        // "hatte der ehemalige Bundesinnenminister Otto Schily noch im Mai 2005 zugesichert"
        Phrase p = phrases.parse(k + 1, v);
        if (p != null && p.kind() == Phrase.Kind.PERSON) {
          return p;
        }
        // "hatte im Mai 2005 der mexikanische Präsident Vicente Fox um … gebeten": a short adverbial first
        Token t1 = tt.at(k + 1);
        if (p == null && t1 != null && lex.is(PREPOSITIONS, t1)) {
          for (int j = k + 2; j < Math.min(v, k + 6); j++) {
            Token tj = tt.get(j);
            if (tt.isQuoted(j) || !tj.isWord() && !tj.isPunct('.')) {
              break;
            }
            if (lex.is(DETERMINERS, tj) && !oblique(j)) {
              Phrase q = phrases.parse(j, v);
              if (q != null && q.kind() == Phrase.Kind.PERSON) {
                return q;
              }
              break;
            }
          }
        }
        // "hatte Koch-Mehrin damals gesagt", "soll Anelka zu Domenech gesagt haben": an unknown name
        // right after the auxiliary, then only adverbs or a short object before the verb.
        if (p != null && p.kind() == Phrase.Kind.CANDIDATE && p.first() == k + 1 && shortMiddle(p.last() + 1, v)) {
          return p;
        }
      }
    }
    for (int k = from; k < v; k++) {
      People.Run run = people.runAt(k);
      Token prev = tt.at(k - 1);
      if (run != null && !run.genitive() && !tt.isQuoted(k) && prev != null && lex.is(AUXILIARIES, prev)) {
        return new Phrase(Phrase.Kind.PERSON, k, run.last(), people.personAt(k), null, null, false);
      }
    }
    return null;
  }

  /** The phrase that ends right before "zufolge": "Stoltenberg zufolge", "dem Sprecher zufolge". */
  private Phrase endingAt(int last) {
    int s = tt.sentenceStartOf(Math.max(last, 0));
    for (int k = last; k >= Math.max(s, last - 6); k--) {
      Token t = tt.get(k);
      if (!t.isWord()) {
        break;
      }
      Phrase p = phrases.parse(k, last + 1);
      if (p != null && p.last() == last) {
        return p;
      }
    }
    return null;
  }

  /** Records what the rule found at the cue, unless the rule (or the resolution it needs) is off. */
  private void record(Phrase p, int cue, SpeakerRule rule) {
    if (p == null || off.contains(rule)) {
      return;
    }
    if (rule == SpeakerRule.SPEECH_VERB
        && (p.kind() == Phrase.Kind.PERSON || p.kind() == Phrase.Kind.CANDIDATE || p.kind() == Phrase.Kind.ROLE)
        && (lex.pluralSpeechForm(tt.get(cue).text()) || pluralAuxiliaryBefore(cue)) && !coordinated(p, cue)) {
      // "meldeten die Nachrichten, Feldmann rechne …", "nahmen die Klubchefs Stellung", "Einige
      // Moslems haben Tony Blair geschrieben": a plural verb has no one person as subject.
      return;
    }
    switch (p.kind()) {
      case PERSON -> {
        if (genitiveName(p)) {
          return; // "die Familie Scharons", "der Rücktritt von Pierers": the name only qualifies a noun
        }
        add(p.person(), p, cue, rule);
        if (!off.contains(SpeakerRule.CONJOINED)) {
          conjoined(p);
        }
      }
      case CANDIDATE -> add(people.adopt(p.first()), p, cue, rule);
      case PRONOUN -> {
        if (!off.contains(SpeakerRule.PRONOUN)) {
          add(resolvePronoun(cue, p.role().charAt(0)), p, cue, SpeakerRule.PRONOUN);
        }
      }
      case ROLE -> {
        if (p.definite() && !off.contains(SpeakerRule.ROLE)) {
          add(resolveRole(p.role(), cue), p, cue, SpeakerRule.ROLE);
        }
      }
      case ORGANISATION -> found.add(new Attribution(null, p.text(), p.first(), p.last(), cue, rule));
    }
  }

  /**
   * Whether the speech verb at v closes a clause whose finite auxiliary, before it and with no
   * comma between, is plural ("Einige haben Tony Blair … geschrieben"), and none is singular.
   */
  private boolean pluralAuxiliaryBefore(int v) {
    boolean plural = false;
    for (int k = v - 1; k >= tt.sentenceStartOf(v) && v - k <= 20; k--) {
      Token t = tt.get(k);
      if (!t.isWord() || tt.isQuoted(k)) {
        break; // "…, sagte X": what stands before the comma is another clause
      }
      if (lex.is(PLURAL_AUXILIARIES, t)) {
        plural = true;
      } else if (lex.is(AUXILIARIES, t)) {
        return false;
      }
    }
    return plural;
  }

  /** "und", "sowie": the words that join the last member of a list. */
  private static boolean joins(Token t) {
    return t.is("und") || t.is("sowie");
  }

  /** Whether the name in p stands in a list joined by "und", "sowie" or commas ("Beck und Wieland"). */
  private boolean coordinated(Phrase p, int cue) {
    Token before = tt.at(p.first() - 1);
    Token beforeThat = tt.at(p.first() - 2);
    if (before != null && tt.sameSentence(p.first() - 1, p.first()) && (joins(before)
        || before.is("auch") && beforeThat != null && beforeThat.is("als"))) {
      return true; // "… und Claudia Roth", "sowohl … als auch Olaf Scholz"
    }
    if (before != null && before.isPunct(',')) {
      // "Schiessling und der Klubchef, Arno Grünbacher, gaben an": the name is an apposition of a
      // phrase after "und".
      for (int j = p.first() - 2; j >= Math.max(tt.sentenceStartOf(p.first()), p.first() - 9); j--) {
        if (joins(tt.get(j))) {
          return true;
        }
        if (tt.get(j).isPunct(',')) {
          break;
        }
      }
    }
    int k = phrases.skipParenthesis(p.last() + 1);
    Token after = tt.at(k);
    if (after == null || !tt.sameSentence(p.last(), k)) {
      return false;
    }
    if (after.isPunct(',')) {
      // "Volker Beck, und Wolfgang Wieland", "Anna Lührmann, Fritz Kuhn und Claudia Roth": a
      // list that goes on to "und" before the verb.
      for (int j = k + 1; j < cue && j <= k + 10; j++) {
        if (joins(tt.get(j))) {
          return true;
        }
      }
      return false;
    }
    return joins(after);
  }

  /** Whether the name in p ends in a genitive form of the person's family name ("Scharons"). */
  private boolean genitiveName(Phrase p) {
    int last = -1;
    for (int k = p.first(); k <= p.last(); k++) {
      if (people.personAt(k) == p.person()) {
        last = k;
      }
    }
    if (last < 0) {
      return false;
    }
    String w = tt.get(last).text();
    String key = p.person().lastKey();
    return w.endsWith("s") && !People.fold(w).equals(key) && People.fold(w.substring(0, w.length() - 1)).equals(key);
  }

  /** "Özcan Mutlu und Benedikt Lux prangerten an": a name joined by "und" speaks too. */
  private void conjoined(Phrase p) {
    // "Die Politiker Peter Danckert und Max Straubinger begründen": the name before "und".
    Token andBefore = tt.at(p.first() - 1);
    boolean alsAuch = andBefore != null && andBefore.is("auch") && tt.at(p.first() - 2) != null && tt.get(p.first() - 2).is("als");
    int gap = alsAuch ? 3 : 2;
    if (andBefore != null && (andBefore.is("und") || alsAuch) && p.first() - gap >= tt.sentenceStartOf(p.first())) {
      int e = p.first() - gap;
      if (tt.get(e).isPunct(',') && e - 1 >= tt.sentenceStartOf(p.first())) {
        e--; // "der Geschäftsführer der Grünen, Volker Beck, und Wolfgang Wieland": the apposition's comma
      }
      if (tt.get(e).isPunct(')')) {
        while (e > 0 && !tt.get(e).isPunct('(') && p.first() - e < 8) {
          e--;
        }
        e--;
      }
      for (int k = Math.max(tt.sentenceStartOf(p.first()), e - 4); k >= 0 && k <= e; k++) {
        People.Run run = people.runAt(k);
        if (run != null && run.last() == e && !run.genitive() && people.personAt(k) != null && people.personAt(k) != p.person()) {
          Token before = tt.at(k - 1);
          if (before == null || !lex.is(PREPOSITIONS, before) && !before.is("und")) {
            add(people.personAt(k), new Phrase(Phrase.Kind.PERSON, k, run.last(), people.personAt(k), null, null, false), p.first(), SpeakerRule.CONJOINED);
          }
          break;
        }
      }
    }
    // "Anna Lührmann, Jerzy Montag und Claudia Roth erklärten": a list that ends with "und".
    List<Phrase> listed = new ArrayList<>();
    int c = phrases.skipParenthesis(p.last() + 1);
    while (c + 1 < tt.size() && tt.get(c).isPunct(',') && listed.size() < 4) {
      Phrase n = phrases.name(c + 1);
      if (n == null || n.kind() != Phrase.Kind.PERSON) {
        break;
      }
      listed.add(n);
      c = phrases.skipParenthesis(n.last() + 1);
    }
    if (!listed.isEmpty()) {
      Token and = tt.at(c);
      Phrase last = and != null && and.is("und") ? phrases.name(c + 1) : null;
      if (last != null && last.kind() == Phrase.Kind.PERSON) {
        for (Phrase n : listed) {
          add(n.person(), n, p.first(), SpeakerRule.CONJOINED);
        }
        add(last.person(), last, p.first(), SpeakerRule.CONJOINED);
      }
      return;
    }
    int k = phrases.skipParenthesis(p.last() + 1);
    Token and = tt.at(k);
    if (and == null || !and.is("und") || !tt.sameSentence(p.last(), k + 1) || tt.isQuoted(k)) {
      return;
    }
    Phrase next = phrases.name(k + 1);
    if (next != null && next.kind() == Phrase.Kind.PERSON && next.person() != p.person()) {
      Token after = tt.at(phrases.skipParenthesis(next.last() + 1));
      if (after == null || !after.isCapitalised() || !after.isWord()) {
        add(next.person(), next, k, SpeakerRule.CONJOINED);
      }
    }
  }

  private void add(People.Person person, Phrase p, int cue, SpeakerRule rule) {
    if (person == null) {
      return;
    }
    if (p.role() != null && p.kind() != Phrase.Kind.PRONOUN) {
      person.roles.add(p.role());
    }
    found.add(new Attribution(person, null, p.first(), p.last(), cue, rule));
  }

  /**
   * "sagte er": the nearest person before, within three sentences, of a fitting gender, provided
   * that person is quoted by name too. A pronoun alone makes no one a speaker: on the Wikinews
   * data that guess costs more precision than it gains recall.
   */
  private People.Person resolvePronoun(int cue, char gender) {
    int minSentence = tt.sentenceOf[cue] - 3;
    for (int k = cue - 1; k >= 0 && tt.sentenceOf[k] >= minSentence; k--) {
      People.Person p = people.personAt(k);
      People.Run run = people.runAt(k);
      if (p != null && run != null && !run.genitive() && !tt.isQuoted(k)) {
        if (gender == 'f' ? p.gender == 'f' : p.gender != 'f') {
          return isSpeaker(p) ? p : null;
        }
      }
    }
    return null;
  }

  private boolean isSpeaker(People.Person p) {
    for (Attribution a : found) {
      if (a.person() == p) {
        return true;
      }
    }
    return false;
  }

  /** "der Nato-Chef": a speaker whose role fits, else the last speaker named. */
  private People.Person resolveRole(String role, int cue) {
    People.Person best = null;
    for (People.Person p : people.people) {
      for (String r : p.roles) {
        if (sameRole(r, role) && isSpeaker(p)) {
          best = p;
        }
      }
    }
    return best;
  }

  private static boolean sameRole(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int hx = x.indexOf('-');
    int hy = y.indexOf('-');
    if (hx > 0 && hy > 0 && x.substring(0, hx).equals(y.substring(0, hy))) {
      return true;
    }
    String sx = stem(hx > 0 ? x.substring(hx + 1) : x);
    String sy = stem(hy > 0 ? y.substring(hy + 1) : y);
    return sx.endsWith(sy) || sy.endsWith(sx);
  }

  private static String stem(String w) {
    for (String e : new String[] {"innen", "in", "en", "er", "e", "s", "n"}) {
      if (w.length() > e.length() + 3 && w.endsWith(e)) {
        return w.substring(0, w.length() - e.length());
      }
    }
    return w;
  }
}
