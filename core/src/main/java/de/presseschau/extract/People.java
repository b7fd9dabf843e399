package de.presseschau.extract;

import static de.presseschau.extract.WordClass.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people named in one article: runs of name tokens ("Nato-Generalsekretär Jens Stoltenberg",
 * "Herr Stoltenberg", "Stoltenbergs"), merged into one person per family name.
 *
 * <p>One per article and one thread. Built by {@link #find}; the speaker pass then adds the bare
 * names it finds in a speaker's place ({@link #adopt}, {@link #adoptWord}: "sagte Merkel"), and
 * only after that do the places read it, so a word taken for a speaker is no place. Extraction
 * always runs the passes in that order ({@code Extractor.extract}), for the index, {@code search
 * extract} and the evaluations alike.
 */
final class People {

  /** Tokens first..last (inclusive) naming a person. */
  record Run(int first, int last, boolean genitive) {}

  /** One person of the article, under the fullest form of the name met. */
  static final class Person {
    private List<String> name;
    /** {@code fold} of the last word of the name, kept with it: look-ups compare it often. */
    private String lastKey;
    final List<Run> runs = new ArrayList<>();
    final Set<String> roles = new HashSet<>();
    char gender;

    private Person(List<String> name) {
      rename(name);
    }

    private void rename(List<String> words) {
      name = words;
      lastKey = fold(words.get(words.size() - 1));
    }

    String canonical() {
      return String.join(" ", name);
    }

    String firstToken() {
      return name.get(0);
    }

    String lastKey() {
      return lastKey;
    }

    /** Whether the name has more than one word (a given name and a family name, at least). */
    boolean isFullName() {
      return name.size() > 1;
    }
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** "Chinesische", "Russischen": adjectives of origin, capitalised at a sentence start. */
  private static final Pattern ADJECTIVE = Pattern.compile("(isch|ische|ischen|ischer|isches|ischem)$");

  /** Endings of German nouns that no family name has ("Begründung", "Verlängerung", "Freiheit"). */
  private static final Pattern NOUN = Pattern.compile(
      "(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|ismus|nis|nisse|tum|ment|mente|"
          + "ssen|isse|nahme|lage|gabe|ische|ischen|ierung|ierungen)$");

  /** A one-letter Roman numeral with its point: "I.", "V.", "X.". */
  private static final Pattern ROMAN_INITIAL = Pattern.compile("[IVX]\\.");

  /** A regnal number in Roman numerals, I to XXXIX: "I", "II", "XVI". */
  private static final Pattern REGNAL = Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");

  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

  /** Arabic article prefixes written in lower case: "al-Sisi", "el-Baradei". */
  private static final Pattern ARTICLE_PREFIX = Pattern.compile("^(al|el|as|ad|ash|an|ar|at|az|ul)-\\p{Lu}");

  final List<Person> people = new ArrayList<>();
  private final Person[] personAt;
  private final Run[] runAt;
  /** Single capitalised tokens that may be a bare family name ("sagte Merkel"). */
  private final boolean[] candidate;
  private final TokenizedText tt;
  private final Lexicon lex;
  /** Folded last words of the article's full names: "Scharons" is a genitive when "Scharon" is among them. */
  private final Set<String> strongLastKeys = new HashSet<>();

  private People(TokenizedText tt, Lexicon lex) {
    this.tt = tt;
    this.lex = lex;
    this.personAt = new Person[tt.size()];
    this.runAt = new Run[tt.size()];
    this.candidate = new boolean[tt.size()];
  }

  static People find(TokenizedText tt, Lexicon lex, Gazetteer gaz) {
    People p = new People(tt, lex);
    List<Run> strong = new ArrayList<>();
    for (int i = 0; i < tt.size(); i++) {
      Token t = tt.get(i);
      if (!p.nameLike(t)) {
        continue;
      }
      Token prev = tt.at(i - 1);
      boolean titled = prev != null && tt.sameSentence(i - 1, i) && (lex.isTitle(prev.text()) || lex.isRole(prev));
      boolean place = gaz.get(t) != null;
      int j = p.extend(i, gaz);
      boolean first = lex.isFirstName(t);
      boolean opens = lex.opensName(t);
      // "Van der Bellen", "De Maizière": a capitalised particle that opens a surname is a name too.
      boolean particleName = j > i && p.isParticle(t) && Character.isUpperCase(t.text().charAt(0));
      // "Santa Cruz", "South Carolina": a run that the gazetteer knows whole is a place.
      boolean wholePlace = j > i && gaz.get(tt.text.substring(t.start(), tt.get(j).end())) != null;
      if ((opens && j > i && !wholePlace) || particleName || (titled && !place && !lex.isOrganisation(t))) {
        Run r = new Run(i, j, p.genitiveAt(j));
        p.runAt[i] = r;
        strong.add(r);
        i = j;
      } else if ((!place || p.placeStartsName(i, gaz)) && !t.isAllCaps() && !lex.isCommonWord(t) && !lex.isOrganisation(t)
          && !lex.isOnlyOrdinaryForm(t.text())
          && (!first || lex.gender(t) == 'u')
          && !nounOrAdjectiveEnding(t)) {
        p.candidate[i] = true;
      }
    }
    for (Run r : strong) {
      p.strongLastKeys.add(fold(tt.get(r.last())));
    }
    // Full names first, so that short forms ("Stoltenberg", "Kim") find them wherever they stand.
    for (Run r : strong) {
      if (r.last() > r.first()) {
        p.attach(r, true);
      }
    }
    for (Run r : strong) {
      if (r.last() == r.first()) {
        p.attach(r, true);
      }
    }
    p.sharedFamilyNames();
    // "Papst Franziskus … sagte Franziskus", "Thaksin Shinawatra … Thaksin sagte": a lone given
    // name that names a person of the article, by the whole name or (Thai style) the first.
    for (int i = 0; i < tt.size(); i++) {
      Token t = tt.get(i);
      Token next = tt.at(i + 1);
      if (p.personAt[i] != null || !lex.isFirstName(t) || !p.nameLike(t)
          || next != null && tt.sameSentence(i, i + 1) && p.nameLike(next) && next.isCapitalised()) {
        continue;
      }
      Person match = p.byLastKey(fold(t));
      if (match == null) {
        for (Person q : p.people) {
          if (q.name.size() == 2 && q.firstToken().equals(t.text()) && q.runs.size() > 0) {
            match = q;
          }
        }
      }
      if (match != null && (match.name.size() == 1 || !match.firstToken().equals(match.name.get(match.name.size() - 1)))) {
        p.add(match, new Run(i, i, false));
      }
    }
    for (int i = 0; i < tt.size(); i++) {
      if (p.candidate[i] && p.personAt[i] == null) {
        // "Kofi Annan" with an unlisted given name: the chain belongs to whoever its last word names.
        int end = i;
        while (end + 1 < tt.size() && end - i < 3 && p.candidate[end + 1] && tt.sameSentence(i, end + 1)) {
          end++;
        }
        if (end > i && p.capitalisedAsOpener(i)) {
          continue;
        }
        Person match = p.lookup(tt.get(end), end);
        if (match == null && end > i) {
          end = i;
          match = p.lookup(tt.get(i), i);
        }
        if (match != null) {
          Run r = new Run(i, end, p.genitiveAt(end));
          p.attach(r, false);
          i = end;
        }
      }
    }
    p.particleSurnames();
    // "Dominic Raab … sagte Raab", "Roland Koch … sagte Koch": a family name that is also a place
    // or a word, once the article has named the person in full, and not after a preposition of
    // place or an article.
    for (int i = 0; i < tt.size(); i++) {
      Token t = tt.get(i);
      if (p.personAt[i] != null || p.candidate[i] || !t.isCapitalised() || !p.nameLike(t)) {
        continue;
      }
      Person match = p.lookup(t, i);
      Token prev = tt.at(i - 1);
      Token next = tt.at(i + 1);
      if (match != null && match.lastKey().equals(fold(t)) && match.name.size() > 1
          && (prev == null || !lex.is(LOCAL_PREPOSITIONS, prev) && !lex.isLower(ARTICLES, prev))
          && (next == null || !next.isCapitalised() || !tt.sameSentence(i, i + 1))) {
        p.attach(new Run(i, i, false), false);
      }
    }
    return p;
  }

  /**
   * "Sonia und Willy Bogner", "Barack und Michelle Obama": a lone given name joined by "und" to a
   * full name shares its family name, so it names a person of its own ("Sonia Bogner").
   */
  private void sharedFamilyNames() {
    for (int i = 0; i + 3 < tt.size(); i++) {
      Token t = tt.get(i);
      Run run = runAt[i + 2];
      // Cheap tests first: this runs at every token.
      if (run == null || !tt.get(i + 1).is("und") || personAt[i] != null || personAt[i + 2] == null
          || run.last() == run.first() || !tt.sameSentence(i, run.last())
          || !lex.isFirstName(t) || !nameLike(t) || !lex.isFirstName(tt.get(i + 2))) {
        continue;
      }
      int k = run.first();
      while (k < run.last() && (lex.isFirstName(tt.get(k)) || INITIAL.matcher(tt.get(k).text()).matches())) {
        k++; // the given names and initials are the other person's: "Laura und George W. Bush"
      }
      List<String> words = new ArrayList<>();
      words.add(t.text());
      for (int w = k; w <= run.last(); w++) {
        words.add(tt.get(w).text());
      }
      attachNamed(new Run(i, i, false), words, true);
    }
  }

  /**
   * "Ursula von der Leyen … Von der Leyen betonte", "… sagte von der Leyen": a family name with
   * its particles and without the given names names the article's person whose name ends so. The
   * particles must be the name's own, in any case (a sentence's first word is capitalised), so
   * "von" as a preposition before a surname ("ein Brief von Leyen") names no one this way.
   */
  private void particleSurnames() {
    if (people.stream().noneMatch(this::hasParticle)) {
      return; // the common case, checked once rather than at every "von"
    }
    for (int i = 0; i < tt.size(); i++) {
      Token before = tt.at(i - 1);
      if (personAt[i] != null || !isParticle(tt.get(i))
          || before != null && tt.sameSentence(i - 1, i) && before.isCapitalised() && nameLike(before)) {
        continue; // "Ponce de León": a fuller form of the name than its particles and last word
      }
      int last = i + 1;
      while (last < tt.size() && last - i < 3 && lex.isLower(PARTICLES, tt.get(last)) && tt.sameSentence(i, last)) {
        last++;
      }
      if (last >= tt.size() || !tt.sameSentence(i, last) || !nameLike(tt.get(last))) {
        continue;
      }
      Person match = byLastKey(fold(tt.get(last)), last, null);
      if (match != null && endsWithParticles(match, i, last)) {
        if (personAt[last] != null && (personAt[last] != match || runAt[last] == null)) {
          continue;
        }
        if (runAt[last] != null) {
          match.runs.remove(runAt[last]); // the surname alone, found before: now inside the longer run
          runAt[last] = null;
        }
        add(match, new Run(i, last, genitiveAt(last)));
        i = last;
      }
    }
  }

  /** Whether a word of the person's name between the given name and the last is a particle ("von", "de"). */
  private boolean hasParticle(Person p) {
    for (int k = 1; k + 1 < p.name.size(); k++) {
      if (lex.is(PARTICLES, p.name.get(k).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the person's name has the particles of tokens first..last-1 right before its last word. */
  private boolean endsWithParticles(Person p, int first, int last) {
    int n = last - first;
    if (p.name.size() < n + 2) {
      return false; // a given name too: "von der Leyen" alone is no full name to refer to
    }
    for (int k = 0; k < n; k++) {
      String own = p.name.get(p.name.size() - 1 - n + k);
      if (!own.equalsIgnoreCase(tt.get(first + k).text())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Bambang Suryo Aji", "Paris Hilton": a word the gazetteer knows opens a name when an unknown
   * name follows and no preposition or article stands before it.
   */
  private boolean placeStartsName(int i, Gazetteer gaz) {
    Token prev = tt.at(i - 1);
    Token next = tt.at(i + 1);
    return next != null && tt.sameSentence(i, i + 1) && nameLike(next) && !next.isAllCaps()
        && gaz.get(next) == null && !lex.isCommonWord(next) && !lex.isOrganisation(next)
        && (prev == null || !prev.isWord() || prev.isCapitalised() && lex.isRole(prev));
  }

  /**
   * "Wollte Stalin den Krieg?", "Einzig Sony gab bekannt": whether the word at i is capitalised only
   * because it opens the clause, a verb, adverb or adjective (its lower-case form an ordinary word,
   * no given name, and the article writes it capitalised nowhere else: "Nie Haisheng … seiner Frau
   * Nie Jielin" is a family name): no word of a name that a capitalised word after it goes on.
   */
  boolean capitalisedAsOpener(int i) {
    Token t = tt.get(i);
    if (!tt.opensClause(i) || !lex.isOnlyOrdinaryForm(t.lower()) || lex.isFirstName(t)) {
      return false;
    }
    for (int k = 0; k < tt.size(); k++) {
      if (k != i && tt.get(k).text().equals(t.text()) && !tt.opensClause(k)) {
        return false;
      }
    }
    return true;
  }

  /** Capitalised, not a function word, role, month or acronym of three letters or more. */
  boolean nameLike(Token t) {
    return lex.isNameLike(t);
  }

  /** What {@link #nameLike} answers for a word (remembered by {@link Lexicon#isNameLike}). */
  static boolean nameLikeWord(Lexicon lex, String s) {
    if (ARTICLE_PREFIX.matcher(s).find()) {
      return true;
    }
    if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))
        || !Character.isLetter(s.charAt(s.length() - 1)) && !s.endsWith(".")) {
      return false;
    }
    if (s.length() == 2 && s.endsWith(".")) {
      return false;
    }
    return !lex.isStop(s) && !lex.isRole(s) && !(Token.isAllCaps(s) && s.length() > 2 && !s.contains("-"));
  }

  /** Whether a capitalised word follows token k in its sentence. */
  private boolean capitalisedAfter(int k) {
    Token next = tt.at(k + 1);
    return next != null && tt.sameSentence(k, k + 1) && next.isCapitalised() && next.isWord();
  }

  /** "van", "de", "da", "bin": a lower-case particle of a surname that is no German preposition or article. */
  private boolean foreignParticle(Token t) {
    return lex.is(PARTICLES, t) && !t.is("von") && !t.is("zu") && !t.is("der") && !t.is("den") && !t.is("vom");
  }

  /** "Van", "De", "von": a word of the particles that join a surname, in any case. */
  private boolean isParticle(Token t) {
    return lex.isLower(PARTICLES, t) && !t.is("der") && !t.is("den") && !t.is("Der")
        && !t.is("Den");
  }

  /** Extends a name from token i over further name tokens and particles ("Ursula von der Leyen"). */
  private int extend(int i, Gazetteer gaz) {
    int j = i;
    while (j + 1 < tt.size() && j - i < 4 && tt.sameSentence(i, j + 1) && !tt.get(j + 1).paragraphStart()) {
      Token next = tt.get(j + 1);
      if (lex.is(PARTICLES, next)) {
        int k = j + 1;
        while (k < tt.size() && lex.is(PARTICLES, tt.get(k)) && k - j < 3) {
          k++;
        }
        // Nobility particles follow given names only: "Ursula von der Leyen", not "Robert Halver von der Baader";
        // "der"/"den" also after a capitalised particle that opens the surname ("Alexander Van der Bellen").
        boolean afterParticle = isParticle(tt.get(j)) && !tt.get(j).text().equals(tt.get(j).text().toLowerCase(Locale.ROOT));
        // "Martijn van Hout", "Luiz da Silva": a foreign particle (not the German prepositions "von",
        // "zu", nor an article) joins a surname also after a given name no list knows.
        boolean foreign = foreignParticle(next) && k == j + 2;
        boolean articleOk = !(tt.get(j + 1).is("der") || tt.get(j + 1).is("den")) && (lex.opensName(tt.get(j)) || foreign)
            || afterParticle;
        boolean nameStart = lex.opensName(tt.get(i)) || j == i && (afterParticle || foreign);
        if (k < tt.size() && articleOk && nameLike(tt.get(k)) && !lex.isOrganisation(tt.get(k))
            && !Token.isAllCaps(tt.get(k).text().split("-")[0]) // "von der GPA-djp": an acronym is no surname
            && (gaz.get(tt.get(k)) == null || placeInName(i, j, k, foreign, gaz)) && (afterParticle || !lex.isCommonWord(tt.get(k)))
            && nameStart) {
          j = k;
          continue;
        }
        break;
      }
      // "Benedikt XVI.", "Juan Carlos I.": a regnal number after a given name ends the name (one of
      // two letters is name-like anyway: "Elisabeth II").
      Token after = tt.at(j + 2);
      boolean givenName = lex.opensName(tt.get(j));
      if (givenName && REGNAL.matcher(next.text()).matches() && after != null && after.is(".")
          && after.start() == next.end()) {
        j++;
        break;
      }
      // "Peter I. förderte": a one-letter numeral with its point, no family name after it ("George
      // W. Bush" goes on).
      if (givenName && ROMAN_INITIAL.matcher(next.text()).matches()
          && (after == null || !tt.sameSentence(j + 1, j + 2) || !nameLike(after))) {
        j++;
        break;
      }
      boolean afterFirstName = givenName || INITIAL.matcher(tt.get(j).text()).matches();
      if (INITIAL.matcher(next.text()).matches() && after != null && nameLike(after)) {
        j++; // "George W. Bush"
        continue;
      }
      // "Michael Bloomberg sagte": a known organisation name after a given name ends the name
      // when nothing capitalised follows it.
      boolean endsName = afterFirstName && (after == null || !after.isCapitalised() || !tt.sameSentence(j + 1, j + 2));
      boolean organisation = afterFirstName && !next.text().contains("-")
          ? lex.isKnownOrganisationName(next.text()) && !endsName : lex.isOrganisation(next);
      // "Martin Kaiser", "Anna Richter": after a given name a role's word that ends the name is
      // the family name (occupational names), not the role of someone else.
      boolean roleAsFamilyName = afterFirstName && endsName && lex.isRole(next) && next.isCapitalised() && !next.isAllCaps()
          && !next.text().contains("-");
      if (!nameLike(next) && !roleAsFamilyName || organisation) {
        break;
      }
      boolean secondSurname = j > i && lex.isFirstName(tt.get(i)) && gaz.get(next) != null
          && !lex.isCommonWord(next) && (after == null || !after.isCapitalised() || !tt.sameSentence(j + 1, j + 2));
      // "Maggie De Block", "Benedetto Della Vedova": after a capitalised particle the surname
      // follows, whatever else the word may be.
      boolean afterCapitalParticle = j > i && isParticle(tt.get(j)) && Character.isUpperCase(tt.get(j).text().charAt(0));
      if (!afterFirstName && !secondSurname && !afterCapitalParticle
          && (lex.isCommonWord(next) || gaz.get(next) != null)) {
        break;
      }
      j++;
    }
    return j;
  }

  /**
   * Whether the town at k, after the particle at j + 1, still belongs to the name that runs from i
   * to j: after a foreign particle, which German uses as no preposition ("Juan Ponce de León",
   * "Pedro de Valdivia"), and after "von" that follows a lone given name, the by-name of origin of
   * saints, scholars, nobles and artists ("Hildegard von Bingen", "Lars von Trier"); not a
   * country's or state's name ("Juan Carlos von Spanien" stays his realm).
   */
  private boolean placeInName(int i, int j, int k, boolean foreign, Gazetteer gaz) {
    Gazetteer.Place p = gaz.get(tt.get(k));
    boolean byName = j == i && k == j + 2 && tt.get(j + 1).is("von") && lex.isFirstName(tt.get(i));
    return p.kind() == Gazetteer.Kind.CITY && (foreign || byName);
  }

  /** "Yoons Büro", "Demjanjuks Sohn": a genitive name that only qualifies the noun after it. */
  private boolean genitiveAt(int last) {
    String s = tt.get(last).text();
    Token next = tt.at(last + 1);
    return s.endsWith("s")
        && next != null
        && tt.sameSentence(last, last + 1)
        && next.isCapitalised()
        && (lex.isCommonWord(next) || lex.isRole(next) || lex.isOrganisation(next));
  }

  private void attach(Run r, boolean create) {
    List<String> words = new ArrayList<>();
    for (int k = r.first(); k <= r.last(); k++) {
      words.add(tt.get(k).text());
    }
    String lastWord = words.get(words.size() - 1);
    if (r.genitive() || lastWord.endsWith("s") && lookup(lastWord) != null && !fold(lastWord).equals(lookup(lastWord).lastKey())
        || lastWord.endsWith("s") && words.size() > 1 && strongLastKeys.contains(fold(stripGenitive(lastWord)))) {
      words.set(words.size() - 1, stripGenitive(lastWord));
    }
    attachNamed(r, words, create);
  }

  /**
   * Adds the run r as a mention of the person named by words. A full name of its own (create) is a
   * new person when its given names differ from those of everyone the article names with that
   * family name ("Jeb Bush" beside "George W. Bush"); a chain of unknown words belongs to whoever
   * its last word names ("Niessl Doskozil").
   */
  private void attachNamed(Run r, List<String> words, boolean create) {
    Person match = words.size() > 1 ? byLastKey(fold(words.get(words.size() - 1)), r.first(), create ? words : null)
        : lookup(words.get(0), r.first());
    if (match == null) {
      if (!create) {
        return;
      }
      match = new Person(words);
      people.add(match);
    } else if (words.size() > match.name.size()) {
      match.rename(words);
    }
    add(match, r);
  }

  private void add(Person p, Run r) {
    p.runs.add(r);
    for (int k = r.first(); k <= r.last(); k++) {
      personAt[k] = p;
    }
    runAt[r.first()] = r;
    Token prev = tt.at(r.first() - 1);
    if (prev != null && (lex.isRole(prev) || lex.isTitle(prev.text()))) {
      p.roles.add(prev.text());
    }
    if (p.gender == 0) {
      char g = lex.gender(tt.get(r.first()).text());
      if (g == 'm' || g == 'f') {
        p.gender = g;
      } else if (prev != null && (prev.is("Frau") || prev.text().endsWith("in"))) {
        p.gender = 'f';
      } else if (prev != null && (prev.is("Herr") || prev.is("Herrn"))) {
        p.gender = 'm';
      }
    }
  }

  /** The person a single word names: by family name (also genitive), else by a leading family name ("Kim"). */
  Person lookup(String word) {
    return lookup(word, -1);
  }

  /**
   * As {@link #lookup(String)}, for the word at token {@code at}: of several people with that
   * family name ("Robert Green", "Joyce Hilda Green"), the one the article named last before it.
   */
  private Person lookup(String word, int at) {
    return lookup(word, fold(word), at);
  }

  /** As {@link #lookup(String, int)}, for a token: its folded word is kept with its word's facts. */
  private Person lookup(Token t, int at) {
    return lookup(t.text(), fold(t), at);
  }

  private Person lookup(String word, String folded, int at) {
    Person p = byLastKey(folded, at, null);
    if (p == null && word.endsWith("s")) {
      p = byLastKey(fold(stripGenitive(word)), at, null);
    }
    if (p == null) {
      String stripped = stripGenitive(word); // once, not once per person: long texts name thousands
      for (int k = people.size() - 1; k >= 0; k--) {
        Person q = people.get(k);
        if (q.name.size() > 1 && (q.firstToken().equals(word) || q.firstToken().equals(stripped))
            && lex.gender(q.firstToken()) == 'u') {
          return q;
        }
      }
    }
    return p;
  }

  private Person byLastKey(String key) {
    return byLastKey(key, -1, null);
  }

  /**
   * The person with this family name, of several the one named last before token {@code at} (else
   * the first named after it; at -1: the one met last); with {@code words}, a full name, only one
   * whose given names agree with it.
   */
  private Person byLastKey(String key, int at, List<String> words) {
    List<Person> named = new ArrayList<>(2);
    for (int k = people.size() - 1; k >= 0; k--) { // the one met last first
      Person q = people.get(k);
      if (q.lastKey().equals(key) && (words == null || sameGivenNames(q.name, words))) {
        named.add(q);
      }
    }
    if (named.size() <= 1 || at < 0) {
      return named.isEmpty() ? null : named.get(0); // the common case: one person with that family name
    }
    Person best = null;
    long bestRank = Long.MIN_VALUE;
    for (Person q : named) {
      // Named before `at`: the later, the better; only after it: the sooner, the better.
      int before = -1;
      int after = Integer.MAX_VALUE;
      for (Run run : q.runs) {
        if (run.first() <= at) {
          before = Math.max(before, run.first());
        } else {
          after = Math.min(after, run.first());
        }
      }
      long rank = before >= 0 ? before : -1L - after;
      if (best == null || rank >= bestRank) { // ties: the one met first, as a scan from the start found
        best = q;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * Whether two names of one family name may be one person: one has no given name, or the given
   * names of one are among the other's ("Hilda Green", "Joyce Hilda Green"; hyphens, accents and
   * name particles aside: "Hans-Jörg"/"Hans Jörg", "Thomas de Maizière"/"De Maizière"), or the
   * first ones agree by initial ("G. Bush") or differ by one letter of transliteration
   * ("Baschar"/"Bashar"); not "Jeb Bush" and "George W. Bush".
   */
  private boolean sameGivenNames(List<String> a, List<String> b) {
    List<String> ga = givenNames(a);
    List<String> gb = givenNames(b);
    if (ga.isEmpty() || gb.isEmpty() || gb.containsAll(ga) || ga.containsAll(gb)) {
      return true;
    }
    String fa = ga.get(0);
    String fb = gb.get(0);
    return fa.length() == 1 && fb.charAt(0) == fa.charAt(0) || fb.length() == 1 && fa.charAt(0) == fb.charAt(0)
        || Math.min(fa.length(), fb.length()) >= 5 && oneEditApart(fa, fb);
  }

  /** The given names of a name, folded, split at hyphens, without particles and initials' dots. */
  private List<String> givenNames(List<String> name) {
    List<String> out = new ArrayList<>();
    for (String w : name.subList(0, name.size() - 1)) {
      if (lex.is(PARTICLES, w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String part : w.split("-")) {
        String f = fold(part.endsWith(".") ? part.substring(0, part.length() - 1) : part);
        if (!f.isEmpty()) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /** Whether one letter inserted into the shorter word, or one replaced, makes the other. */
  private static boolean oneEditApart(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    if (Math.abs(x.length() - y.length()) > 1) {
      return false;
    }
    String s = x.length() <= y.length() ? x : y;
    String l = x.length() <= y.length() ? y : x;
    int i = 0;
    while (i < s.length() && s.charAt(i) == l.charAt(i)) {
      i++;
    }
    return s.length() == l.length() ? s.substring(i + 1).equals(l.substring(i + 1)) : s.substring(i).equals(l.substring(i + 1));
  }

  /** Makes a person of a bare family name that stands in a speaker's place ("sagte Merkel"). */
  Person adopt(int i) {
    if (personAt[i] != null) {
      return personAt[i];
    }
    if (!candidate[i]) {
      return null;
    }
    Run r = new Run(i, candidateEnd(i), false);
    attach(r, true);
    return personAt[i];
  }

  /** Whether the word ends like a German noun or an adjective of origin, which no family name does (kept per word). */
  private static boolean nounOrAdjectiveEnding(Token t) {
    return t.facts().ask(WordFacts.Fact.NOUN_OR_ADJECTIVE_ENDING,
        w -> ADJECTIVE.matcher(w).find() || NOUN.matcher(w).find());
  }

  /** A capitalised word that is no dictionary word itself but splits into some ("Schweinsteiger"). */
  boolean compoundName(int i) {
    Token t = tt.get(i);
    String s = t.text();
    String lower = s.toLowerCase(Locale.ROOT);
    return nameLike(t) && !t.isAllCaps() && !s.contains("-") && s.length() > 5 && !lex.inDictionary(lower)
        && !lex.isOrganisation(s) && !lex.isFirstName(s) && !nounOrAdjectiveEnding(t)
        && !lower.endsWith("en") && !lower.endsWith("e") && lex.isCommonWord(s);
  }

  /** Makes a person of a single word in a speaker's place. */
  Person adoptWord(int i) {
    if (personAt[i] != null) {
      return personAt[i];
    }
    attach(new Run(i, i, false), true);
    return personAt[i];
  }

  Person personAt(int i) {
    return i >= 0 && i < personAt.length ? personAt[i] : null;
  }

  Run runAt(int i) {
    return i >= 0 && i < runAt.length ? runAt[i] : null;
  }

  boolean isCandidate(int i) {
    return i >= 0 && i < candidate.length && candidate[i];
  }

  /** The last token of the run of unknown names starting at i ("Tegaye Mununhe"). */
  int candidateEnd(int i) {
    int j = i;
    while (j + 1 < candidate.length && j - i < 3 && tt.sameSentence(i, j + 1) && !tt.get(j + 1).paragraphStart()) {
      if (candidate[j + 1] && personAt[j + 1] == null) {
        j++;
      } else if (j + 2 < candidate.length && foreignParticle(tt.get(j + 1)) && candidate[j + 2] && personAt[j + 2] == null
          && tt.sameSentence(i, j + 2) && !capitalisedAfter(j + 2)) {
        // "Martijn van Hout": a foreign particle before the name's last word ("Folha de São Paulo"
        // goes on, a newspaper's name).
        j += 2;
      } else if (personAt[j + 1] == null && lex.isFirstName(tt.get(j + 1)) && nameLike(tt.get(j + 1))
          && (j + 2 >= tt.size() || !tt.sameSentence(j + 1, j + 2) || !tt.get(j + 2).isCapitalised())) {
        return j + 1; // "Samaan Ibrahim": a family name that is also a given name closes the name
      } else if (personAt[j + 1] != null && runAt[j + 1] != null && runAt[j + 1].last() == j + 1) {
        return j + 1; // "Barack Obama" where "Obama" is known already
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String stripGenitive(String w) {
    if (w.endsWith("’s") || w.endsWith("'s")) {
      return w.substring(0, w.length() - 2);
    }
    return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }

  /** {@link #fold(String)} of a token's word, worked out once per word for the process. */
  static String fold(Token t) {
    return t.facts().folded(People::fold);
  }

  /** Lower case without umlauts and accents: "Schäuble" and "Schauble" meet. */
  static String fold(String s) {
    if (isAscii(s)) {
      return s.toLowerCase(Locale.ROOT); // nothing to decompose: the common case, made cheap
    }
    String l = s.toLowerCase(Locale.ROOT).replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss");
    return MARKS.matcher(Normalizer.normalize(l, Normalizer.Form.NFD)).replaceAll("");
  }
}
