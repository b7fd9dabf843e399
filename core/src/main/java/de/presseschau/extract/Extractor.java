package de.presseschau.extract;

import static de.presseschau.extract.WordClass.*;

import de.presseschau.read.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the publication date, the speakers and the locations of an article.
 *
 * <p>Rule-based: a gazetteer of German place names (GeoNames, CLDR and the project's exonyms),
 * word lists of given names, speech verbs, roles and organisations, and rules over one
 * tokenisation of the text. Immutable and thread-safe: load once, share between threads.
 */
public final class Extractor {

  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  private final java.util.Set<SpeakerRule> speakerRulesOff;
  private final java.util.Set<LocationRule> locationRulesOff;

  private Extractor(
      Lexicon lexicon, Gazetteer gazetteer, java.util.Set<SpeakerRule> speakerRulesOff,
      java.util.Set<LocationRule> locationRulesOff) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.speakerRulesOff = speakerRulesOff;
    this.locationRulesOff = locationRulesOff;
  }

  /**
   * This extractor with the given speaker rules switched off (for the ablation that measures each
   * rule); the word lists and gazetteer are shared.
   */
  public Extractor withSpeakerRulesOff(java.util.Set<SpeakerRule> off) {
    return new Extractor(lexicon, gazetteer, frozen(off), locationRulesOff);
  }

  /** This extractor with the given place rules switched off (for the ablation); see {@link #withSpeakerRulesOff}. */
  public Extractor withLocationRulesOff(java.util.Set<LocationRule> off) {
    return new Extractor(lexicon, gazetteer, speakerRulesOff, frozen(off));
  }

  private static <E extends Enum<E>> java.util.Set<E> frozen(java.util.Set<E> set) {
    return set.isEmpty() ? java.util.Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(set));
  }

  /**
   * The extractor with its bundled gazetteer and word lists, read once per process and shared
   * (it is immutable): every archive and command of the process uses the same instance.
   */
  public static Extractor load() {
    return Loaded.INSTANCE;
  }

  /** Reads the word lists on first use (class initialisation is lazy and thread-safe). */
  private static final class Loaded {
    static final Extractor INSTANCE = read();
  }

  private static Extractor read() {
    Lexicon lexicon = Lexicon.load();
    return new Extractor(lexicon, Gazetteer.load(lexicon), java.util.Set.of(), java.util.Set.of());
  }

  /**
   * The facet value the index stores for a place however it is written: "Tokyo" and "Tōkyō" →
   * "Tokio", "Kyiv" → "Kiew", "Iraq" → "Irak", a numbered road "A1" → "A 1"; a name the gazetteer
   * lacks comes back as given.
   */
  public String canonicalPlace(String name) {
    Gazetteer.Place p = gazetteer.get(name.strip());
    return p != null ? p.canonical() : LocationFinder.roadName(gazetteer.canonical(Gazetteer.normalise(name.strip())));
  }

  /** Extracts from the article's {@link Article#fullText() full text}. */
  public Extraction extract(Article article) {
    String text = article.fullText();
    TokenizedText tt = TokenizedText.of(text, lexicon);
    People people = People.find(tt, lexicon, gazetteer);
    LocalDate date = article.date() != null ? article.date() : DateFinder.find(text);
    List<SpeakerFinder.Attribution> said = SpeakerFinder.find(tt, lexicon, gazetteer, people, speakerRulesOff);
    return new Extraction(date, speakers(tt, people, said), locations(tt, people), sources(tt, said));
  }

  private List<Entity> locations(TokenizedText tt, People people) {
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    for (LocationFinder.Found f : LocationFinder.find(tt, lexicon, gazetteer, people, locationRulesOff)) {
      String surface = tt.text.substring(f.start(), f.end());
      byName.computeIfAbsent(f.canonical(), k -> new ArrayList<>())
          .add(new Mention(f.start(), f.end(), surface, null, kind(tt, f, surface), f.rule().name()));
    }
    return entities(byName);
  }

  private List<Entity> speakers(TokenizedText tt, People people, List<SpeakerFinder.Attribution> said) {
    Lexicon lex = lexicon;
    Map<People.Person, List<Mention>> bySpeaker = new LinkedHashMap<>();
    for (SpeakerFinder.Attribution a : said) {
      if (a.person() != null
          && (speakerRulesOff.contains(SpeakerRule.NOT_A_WORD) || !isWordNotName(a.person(), lex))
          && (speakerRulesOff.contains(SpeakerRule.SAYING_IDIOM) || !isSayingIdiom(tt, a))
          && (speakerRulesOff.contains(SpeakerRule.ADVERBIAL_FIRST) || !isAdverbialFirst(tt, a, lex))) {
        bySpeaker.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(cued(tt, a));
      }
    }
    // One word reported only through "laut X", "X zufolge", "berichtet X": a medium or firm
    // ("laut Guardian", "berichtet Golem"), no person quoted.
    if (!speakerRulesOff.contains(SpeakerRule.MEDIUM_CUE)) {
      bySpeaker.entrySet().removeIf(e -> e.getKey().canonical().indexOf(' ') < 0
          && !lex.isFirstName(e.getKey().canonical())
          && e.getValue().stream().allMatch(m -> lex.is(REPORTING_CUES, m.cue().toLowerCase(Locale.ROOT))));
    }
    if (!speakerRulesOff.contains(SpeakerRule.ORGANISATION_NAME)) {
      bySpeaker.keySet().removeIf(p -> isOrganisationName(tt, p, lex));
    }
    if (!speakerRulesOff.contains(SpeakerRule.FOREIGN_ARTICLE)) {
      bySpeaker.keySet().removeIf(p -> opensWithForeignArticle(p.canonical(), lex));
    }
    // Where each one-word speaker's word stands in the article, found in one pass: the two filters
    // below look at every occurrence (an article may name thousands of speakers).
    Map<String, List<Integer>> where = occurrences(tt, bySpeaker.keySet());
    if (!speakerRulesOff.contains(SpeakerRule.CAPITALISED_ONLY_AT_START)) {
      bySpeaker.keySet().removeIf(p -> isCapitalisedOnlyAtStart(tt, p, where.getOrDefault(p.canonical(), List.of()), lex));
    }
    if (!speakerRulesOff.contains(SpeakerRule.UNINTRODUCED)) {
      bySpeaker.entrySet().removeIf(e -> !isIntroduced(tt, e.getKey(), e.getValue(),
          where.getOrDefault(e.getKey().canonical(), List.of()), lex, gazetteer));
    }
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    bySpeaker.forEach((person, cues) -> {
      List<Mention> all = new ArrayList<>(cues);
      for (People.Run r : person.runs) {
        all.add(mention(tt, r.first(), r.last()));
      }
      String name = person.canonical();
      if (!speakerRulesOff.contains(SpeakerRule.FULL_NAME_IN_ARTICLE) && name.indexOf(' ') < 0) {
        int at = fullNameAfterRole(tt, name, where.getOrDefault(name, List.of()), lex);
        if (at >= 0) {
          Mention full = mention(tt, at, at + 1);
          name = full.text();
          all.add(new Mention(full.start(), full.end(), full.text(), null, Mention.Kind.NAME,
              SpeakerRule.FULL_NAME_IN_ARTICLE.name()));
        }
      }
      byName.computeIfAbsent(name, k -> new ArrayList<>()).addAll(all);
    });
    return entities(byName);
  }

  /**
   * Where the article names the one word in full right after a role: the first of two adjacent
   * capitalised words, one of them the word, the other a name no list knows (no ordinary word,
   * stop word, role, place or organisation; a capitalised noun only after the word and before a
   * punctuation mark: "Romani Rose."), after a role noun ("des Islamwissenschafters Ednan Aslan",
   * "Gründerin Guo Jianmei"); -1 when there is none or more than one such name. {@code at}: where
   * the word stands.
   */
  private int fullNameAfterRole(TokenizedText tt, String word, List<Integer> at, Lexicon lex) {
    int found = -1;
    String other = null;
    for (int w : at) {
      for (int k : new int[] {w - 1, w}) { // the word second ("Ednan Aslan") or first ("Guo Jianmei")
        if (k < 1 || k + 1 >= tt.size()) {
          continue;
        }
        Token a = tt.get(k);
        Token b = tt.get(k + 1);
        boolean first = k == w;
        if (!tt.sameSentence(k - 1, k + 1) || b.start() != a.end() + 1
            || !a.isWord() || !b.isWord() || !a.isCapitalised() || !b.isCapitalised()) {
          continue;
        }
        Token role = tt.get(k - 1);
        Token rest = first ? b : a;
        // A capitalised noun after the word ends the name only before a punctuation mark
        // ("Vorsitzender Romani Rose."), not before more of the sentence ("Präsident X Montag …").
        Token after = tt.at(k + 2);
        boolean closed = after == null || !tt.sameSentence(k + 1, k + 2) || !after.isWord();
        if (!(role.isCapitalised() && lex.isRole(role)) || gazetteer.get(rest) != null
            || !unlistedName(rest, lex, first && closed)) {
          continue;
        }
        String full = tt.text.substring(a.start(), b.end());
        if (other != null && !other.equals(full)) {
          return -1; // two people may share the word: leave it as it is
        }
        other = full;
        found = found < 0 ? k : found;
      }
    }
    return found;
  }

  /** A name word of a person no list knows; after the known word, a capitalised noun too ("Romani Rose"). */
  private static boolean unlistedName(Token t, Lexicon lex, boolean afterWord) {
    String s = t.text();
    return s.length() > 1 && !t.isAllCaps() && s.chars().allMatch(Character::isLetter) && !lex.isStop(t) && !lex.isRole(t)
        && !lex.isOrganisation(t) && !lex.isFirstName(t) && (afterWord || !lex.isCommonWord(t));
  }

  /**
   * "Vereinfacht gesagt: …", "Ehrlich gesagt, …", "Schwierig zu sagen": a sentence that opens with
   * one word and the participle or infinitive of "sagen" is a manner of speaking, not a speaker.
   * (A person before "gesagt" needs an auxiliary and stands later: "wie Merkel gesagt hat".)
   */
  static boolean isSayingIdiom(TokenizedText tt, SpeakerFinder.Attribution a) {
    if (a.first() != a.last() || !clauseStart(tt, a.first())) {
      return false;
    }
    Token next = tt.get(a.first() + 1);
    return next.is("gesagt") || next.is("zu") && tt.get(a.first() + 2).is("sagen");
  }

  /**
   * A one-word "speaker" (no given name) that the article names right after an organisation
   * noun ("Musikdienst", "Gruppe", "Zeitung") or with a medium's suffix is an organisation.
   * Only the mentions linked to the person count: a scan of every occurrence of the word cost a
   * true speaker on train and gained nothing on the audit.
   */
  static boolean isOrganisationName(TokenizedText tt, People.Person p, Lexicon lex) {
    String name = p.canonical();
    // "Sky News", "Hubert Burda Media": a name that ends in a medium's word is the medium's.
    int space = name.lastIndexOf(' ');
    if (space > 0 && lex.is(MEDIUM_AFTER, name.substring(space + 1))) {
      return true;
    }
    // "der Hersteller Lockheed Martin": a name that every mention introduces by a firm's kind is
    // the firm's, also of two words.
    if (space >= 0 || lex.isFirstName(name)) {
      return !p.runs.isEmpty() && p.runs.stream().allMatch(r -> firmKindBefore(tt, lex, r.first()));
    }
    for (People.Run r : p.runs) {
      Token before = tt.at(r.first() - 1);
      if (before != null && tt.sameSentence(r.first() - 1, r.first()) && before.isCapitalised()
          && lex.isOrganisation(before) && !lex.isRole(before)) {
        return true;
      }
      Token after = tt.at(r.last() + 1);
      if (after != null && tt.sameSentence(r.last(), r.last() + 1) && lex.is(MEDIUM_AFTER, after)) {
        return true;
      }
      Token tld = tt.at(r.last() + 2);
      if (after != null && tld != null && after.is(".") && after.start() == tt.get(r.last()).end()
          && tld.start() == after.end() && lex.is(MEDIUM_AFTER, "." + tld.text())) {
        return true;
      }
    }
    return false;
  }

  /** A firm's kind right before token k: "der Hersteller", "des Chipherstellers" (`firm-kinds`). */
  private static boolean firmKindBefore(TokenizedText tt, Lexicon lex, int k) {
    Token before = tt.at(k - 1);
    return before != null && tt.sameSentence(k - 1, k) && before.isCapitalised() && lex.headIn(FIRM_KINDS, before.text());
  }

  /** See {@link SpeakerRule#FOREIGN_ARTICLE}: "La Nacion", "Al-Nour". */
  static boolean opensWithForeignArticle(String name, Lexicon lex) {
    int space = name.indexOf(' ');
    return space > 0 && lex.is(FOREIGN_ARTICLES, name.substring(0, space))
        || name.startsWith("Al-") && space < 0;
  }

  /** The token positions of each one-word name among the people, in one pass over the article. */
  private static Map<String, List<Integer>> occurrences(TokenizedText tt, java.util.Collection<People.Person> people) {
    Map<String, List<Integer>> where = new java.util.HashMap<>();
    for (People.Person p : people) {
      if (p.canonical().indexOf(' ') < 0) {
        where.put(p.canonical(), new ArrayList<>());
      }
    }
    if (!where.isEmpty()) {
      for (int k = 0; k < tt.size(); k++) {
        List<Integer> at = where.get(tt.get(k).text());
        if (at != null) {
          at.add(k);
        }
      }
    }
    return where;
  }

  /** See {@link SpeakerRule#CAPITALISED_ONLY_AT_START}; {@code at}: where the word stands. */
  static boolean isCapitalisedOnlyAtStart(TokenizedText tt, People.Person p, List<Integer> at, Lexicon lex) {
    String name = p.canonical();
    if (name.indexOf(' ') >= 0 || lex.isFirstName(name)) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals(name) || !lex.isOnlyOrdinaryForm(lower)) {
      return false;
    }
    for (int k : at) {
      if (!tt.opensClause(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * See {@link SpeakerRule#UNINTRODUCED}: whether the article shows a one-word speaker to be a
   * person. A name of more than one word is introduced by its given name.
   */
  static boolean isIntroduced(
      TokenizedText tt, People.Person p, List<Mention> cues, List<Integer> at, Lexicon lex, Gazetteer gaz) {
    String name = p.canonical();
    if (name.indexOf(' ') >= 0 || lex.isFirstName(name)
        || lex.isProperNameForm(name) && gaz.get(name) == null) {
      return true;
    }
    for (Mention m : cues) {
      if (SpeakerRule.PRONOUN.name().equals(m.rule()) || SpeakerRule.ROLE.name().equals(m.rule())) {
        return true;
      }
    }
    for (int k : at) {
      if (k > 0 && tt.sameSentence(k - 1, k) && introduces(tt, k - 1, lex, gaz)) {
        return true;
      }
    }
    for (People.Run r : p.runs) {
      if (r.first() > 0 && tt.sameSentence(r.first() - 1, r.first()) && introduces(tt, r.first() - 1, lex, gaz)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title, a person's role ("Papst", "Polizeisprecher"), or a capitalised word that may be an
   * unlisted given name ("Yanis"): not at a sentence start, no ordinary, English or function word,
   * no organisation, no place.
   */
  private static boolean introduces(TokenizedText tt, int k, Lexicon lex, Gazetteer gaz) {
    Token t = tt.get(k);
    if (lex.isTitle(t.text())) {
      return true;
    }
    if (!t.isCapitalised()) {
      return false;
    }
    if (lex.isRole(t)) {
      return true;
    }
    String lower = t.text().toLowerCase(Locale.ROOT);
    return tt.sentenceStartOf(k) != k
        && !lex.isCommonWord(t) && !lex.isOrdinaryForm(t.text()) && !lex.isOrdinaryForm(lower)
        && !lex.isEnglishWord(lower) && !lex.isFunctionWord(lower) && !lex.isOrganisation(t)
        && !lex.is(FOREIGN_ARTICLES, t) && gaz.get(t) == null;
  }

  /** See {@link SpeakerRule#ADVERBIAL_FIRST}: "Andererseits unterstreicht er". */
  static boolean isAdverbialFirst(TokenizedText tt, SpeakerFinder.Attribution a, Lexicon lex) {
    if (a.first() != a.last() || !clauseStart(tt, a.first()) || a.cue() != a.first() + 1) {
      return false;
    }
    Token subject = tt.at(a.cue() + 1);
    return subject != null && tt.sameSentence(a.cue(), a.cue() + 1) && lex.is(SUBJECT_OPENERS, subject);
  }

  /** Whether a main clause starts at k: a sentence's first word, or the first after a colon ("Antwort: Vereinfacht gesagt …"). */
  private static boolean clauseStart(TokenizedText tt, int k) {
    Token prev = tt.at(k - 1);
    return tt.sentenceStartOf(k) == k || prev != null && prev.isPunct(':') && tt.sameSentence(k - 1, k);
  }

  /** Demonym and adjective endings: "Berliner", "Wienerin", "japanische", "österreichischen". */
  private static final java.util.regex.Pattern DERIVED_ENDING =
      java.util.regex.Pattern.compile("er|erin|erinnen|ern|isch|ische|ischen|ischer|isches|ischem");

  /** Whether a place is named by its name, inside a longer word, or by a word derived from it. */
  private static Mention.Kind kind(TokenizedText tt, LocationFinder.Found f, String surface) {
    int tokenStart = tt.get(f.first()).start();
    int tokenEnd = tt.get(f.last()).end();
    if (f.start() > tokenStart || f.end() < tokenEnd) {
      return Mention.Kind.PART;
    }
    if (f.rule() == LocationRule.DERIVED_ADJECTIVE) {
      return Mention.Kind.DERIVED;
    }
    // "Berliner" = "Berlin" + "er", "japanische" = "Japan" + "ische": the name and a derivation ending.
    String lower = surface.toLowerCase(Locale.ROOT);
    String name = f.canonical().toLowerCase(Locale.ROOT);
    if (lower.length() > name.length() && lower.startsWith(name)
        && DERIVED_ENDING.matcher(lower.substring(name.length())).matches()) {
      return Mention.Kind.DERIVED;
    }
    return Mention.Kind.NAME;
  }

  /**
   * A "speaker" named by one word that is an ordinary German word ("Also", "Konkret",
   * "Vereinfacht" gesagt, "laut Judikatur", "Freispruch") is no person: sentence openers and nouns
   * that a cue word stood next to. Names of one word that are not words stay (Strache, Niessl).
   */
  static boolean isWordNotName(People.Person p, Lexicon lex) {
    String name = p.canonical();
    return name.indexOf(' ') < 0 && !lex.isFirstName(name)
        && (lex.isCommonWord(name) || lex.isFunctionWord(name.toLowerCase(Locale.ROOT)));
  }

  private static List<Entity> sources(TokenizedText tt, List<SpeakerFinder.Attribution> said) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<Mention>> byKey = new LinkedHashMap<>();
    for (SpeakerFinder.Attribution a : said) {
      if (a.source() != null) {
        // "NATO" and "Nato" are one source, under the spelling met first.
        String key = a.source().toLowerCase(Locale.ROOT);
        names.putIfAbsent(key, a.source());
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(cued(tt, a));
      }
    }
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    byKey.forEach((key, mentions) -> byName.put(names.get(key), mentions));
    return entities(byName);
  }

  /** The attributed name, with the word that attributes it. */
  private static Mention cued(TokenizedText tt, SpeakerFinder.Attribution a) {
    Mention m = mention(tt, a.first(), a.last());
    return new Mention(m.start(), m.end(), m.text(), tt.get(a.cue()).text(), Mention.Kind.NAME, a.rule().name());
  }

  private static Mention mention(TokenizedText tt, int first, int last) {
    int start = tt.get(first).start();
    int end = tt.get(last).end();
    return new Mention(start, end, tt.text.substring(start, end));
  }

  private static List<Entity> entities(Map<String, List<Mention>> byName) {
    List<Entity> out = new ArrayList<>();
    byName.forEach((name, mentions) -> {
      // One mention per span: the first with a cue, else the plain one.
      Map<Long, Mention> bySpan = new LinkedHashMap<>();
      for (Mention m : mentions) {
        bySpan.merge(((long) m.start() << 32) | m.end(), m, (old, now) -> old.cue() == null && now.cue() != null ? now : old);
      }
      out.add(new Entity(name, bySpan.values().stream().sorted(Comparator.comparingInt(Mention::start)).toList()));
    });
    return out;
  }
}
