package de.presseschau.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The word lists the finders consult; loaded once, read-only afterwards. */
final class Lexicon {

  /** Inflection endings stripped before looking a word up ("Präsidenten" → "präsident"). */
  private static final String[] ENDINGS = {"en", "es", "er", "ern", "em", "n", "s", "e", "in", "innen"};

  /** Linking elements of German compounds ("Regierung|s|sprecher"). */
  private static final String[] LINKS = {"", "s", "es", "n", "en", "e", "er"};

  /**
   * Derivational endings of German nouns: a word with one is an ordinary word ("Bewerbung",
   * "Haltung"); also the Greek endings of loan nouns ("Biografien", "Kinderpornografie",
   * "Geologie", "Demokratie", "Diskothek").
   */
  private static final Pattern NOUN_SUFFIX = Pattern.compile(
      "...(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|ismus|ismen|nis|nisse|nisses|nissen|tum|ment|mente"
          + "|grafie|grafien|graphie|graphien|logie|logien|sophie|sophien|nomie|nomien|kratie|kratien|pathie|pathien"
          + "|therapie|therapien|skopie|metrie|fonie|phonie|thek|theken)$");

  private final Map<String, Character> firstNames = new HashMap<>();
  /** The broader given-name list: it makes people's names, but keeps no town out of the gazetteer. */
  private final Map<String, Character> moreGivenNames = new HashMap<>();
  private final Set<String> stop = new HashSet<>();
  private final Map<String, Set<String>> speechVerbs = new HashMap<>();
  private final Set<String> roleWords = new HashSet<>();
  private final Set<String> roleSuffixes = new HashSet<>();
  private final Set<String> orgWords = new HashSet<>();
  private final Set<String> orgSuffixes = new HashSet<>();
  private final Set<String> dictionary = new HashSet<>();
  /** Common English words, lower case (english-words.txt). */
  private final Set<String> englishWords = new HashSet<>();
  /** The closed word classes, by {@link WordClass#ordinal()}. */
  private final Set<String>[] classes = newClasses();
  /** Answers of the word tests below, kept for the process (they depend on the word alone). */
  private final WordMemo<WordFacts> facts = new WordMemo<>(WordFacts::new);
  /** The tests behind the kept facts, made once (a method reference per question would be a new object). */
  private final java.util.function.Predicate<String> roleTest = this::computeRole;
  private final java.util.function.Predicate<String> organisationTest = this::computeOrganisation;
  private final java.util.function.Predicate<String> commonWordTest = this::computeCommonWord;
  private final java.util.function.Predicate<String> nameLikeTest = w -> People.nameLikeWord(this, w);
  private final java.util.function.Predicate<String> stopTest = this::computeStop;
  private final java.util.function.Predicate<String> opensNameTest = this::opensName;
  private final java.util.function.Predicate<String> ordinaryFormTest = w -> this.forms.isOrdinaryWord(w);
  private final java.util.function.Predicate<String> properNameTest = w -> this.forms.isProperName(w);
  private final java.util.function.Predicate<String> onlyFamilyNameTest = w -> this.forms.onlyFamilyName(w);

  /** Full forms with parts of speech: ordinary words beyond the compound dictionary. */
  private WordForms forms;

  private Lexicon() {}

  static Lexicon load() {
    Lexicon l = new Lexicon();
    readGivenNames("first-names.txt", l.firstNames);
    readGivenNames("given-names.txt", l.moreGivenNames);
    lines("stop-capitalised.txt", line -> l.stop.addAll(List.of(line.split("\\s+"))));
    lines("speech-verbs.txt", line -> {
      String[] f = line.split("\\s+");
      String particle = f[0].equals("-") ? "" : f[0];
      for (int i = 1; i < f.length; i++) {
        l.speechVerbs.computeIfAbsent(f[i], k -> new HashSet<>()).add(particle);
        if (f[i].endsWith("te")) {
          // "sagte" → "sagten": the plural of a weak past is regular ("Beck und Wieland sagten").
          l.speechVerbs.computeIfAbsent(f[i] + "n", k -> new HashSet<>()).add(particle);
        }
      }
    });
    readWordClasses(l.classes);
    lines("roles.txt", line -> readKinds(line, l.roleSuffixes, l.roleWords));
    lines("organisations.txt", line -> readKinds(line, l.orgSuffixes, l.orgWords));
    // The decompounding dictionary of the analysis package doubles as a list of common words.
    lines("/de/presseschau/analysis/dictionary-de.txt", l.dictionary::add);
    lines("english-words.txt", l.englishWords::add);
    l.forms = WordForms.load();
    return l;
  }

  private static void readGivenNames(String resource, Map<String, Character> into) {
    lines(resource, line -> {
      String[] f = line.split("\\s+");
      for (int i = 1; i < f.length; i++) {
        into.putIfAbsent(f[i], f[0].charAt(0));
      }
    });
  }

  private static void readKinds(String line, Set<String> suffixes, Set<String> words) {
    String[] f = line.split("\\s+");
    for (int i = 1; i < f.length; i++) {
      if (f[0].equals("suffix")) {
        suffixes.add(f[i]);
      } else {
        words.add(f[i]);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String>[] newClasses() {
    return new Set[WordClass.values().length];
  }

  /** Reads {@code word-classes.txt}: a block per class, opened by {@code [name]}, entries split by commas. */
  private static void readWordClasses(Set<String>[] classes) {
    Map<String, WordClass> byName = new HashMap<>();
    for (WordClass c : WordClass.values()) {
      byName.put(c.resourceName(), c);
    }
    Map<WordClass, Set<String>> read = new java.util.EnumMap<>(WordClass.class);
    WordClass[] current = {null};
    lines("word-classes.txt", line -> {
      if (line.startsWith("[") && line.endsWith("]")) {
        current[0] = byName.get(line.substring(1, line.length() - 1));
        if (current[0] == null) {
          throw new IllegalStateException("word-classes.txt: unknown class " + line);
        }
        read.putIfAbsent(current[0], new HashSet<>());
        return;
      }
      if (current[0] == null) {
        throw new IllegalStateException("word-classes.txt: words before the first [class]: " + line);
      }
      for (String entry : line.split(",")) {
        if (!entry.isBlank()) {
          read.get(current[0]).add(entry.strip());
        }
      }
    });
    for (WordClass c : WordClass.values()) {
      Set<String> words = read.get(c);
      if (words == null) {
        throw new IllegalStateException("word-classes.txt: no block [" + c.resourceName() + "]");
      }
      classes[c.ordinal()] = Set.copyOf(words);
    }
  }

  /**
   * The longest word of the class that opens the word as written, leaving at least {@code minRest}
   * characters after it, or null.
   */
  String opening(WordClass openings, String word, int minRest) {
    String best = null;
    for (String o : classes[openings.ordinal()]) {
      if (word.length() - o.length() >= minRest && word.startsWith(o) && (best == null || o.length() > best.length())) {
        best = o;
      }
    }
    return best;
  }

  /**
   * The entry of a class of endings (lower case) that the lower-case word ends with, after a stem
   * of at least {@code minStem} letters; null if none does.
   */
  String ending(WordClass endings, String lower, int minStem) {
    for (String e : classes[endings.ordinal()]) {
      if (lower.length() - e.length() >= minStem && lower.endsWith(e)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Whether the word, as the head of a compound and also inflected, ends in an entry of the class
   * of endings: "Aufsteigers", "Erstliga-Aufsteiger", "Klubs" (`team-nouns`); "des
   * Oberlandesgerichts", "der Universitäten" (`institution-heads`).
   */
  boolean headIn(WordClass endings, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    w = w.substring(w.lastIndexOf('-') + 1);
    for (String form : new String[] {w, w.endsWith("es") ? w.substring(0, w.length() - 2) : w,
        w.endsWith("s") ? w.substring(0, w.length() - 1) : w, w.endsWith("en") ? w.substring(0, w.length() - 2) : w,
        w.endsWith("n") ? w.substring(0, w.length() - 1) : w}) {
      if (ending(endings, form, 0) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "rosenheim", "reutlingen", "kisdorf": a settlement ending after three letters or more; not
   * -bau ("ausbau", "wiederaufbau"), which ends nouns of building, not meadows (-au).
   */
  boolean hasSettlementEnding(String lower) {
    return settlementEnding(lower) != null;
  }

  /** The settlement ending of {@link #hasSettlementEnding} the word has, or null. */
  String settlementEnding(String lower) {
    return lower.endsWith("bau") ? null : ending(WordClass.PLACE_SUFFIXES, lower, 3);
  }

  /** Whether the word, as written, belongs to the closed word class. */
  boolean is(WordClass c, String word) {
    return classes[c.ordinal()].contains(word);
  }

  /** As {@link #is(WordClass, String)}, for a token's word (all classes worked out once per word). */
  boolean is(WordClass c, Token t) {
    long[] known = classes(t.facts());
    return (known[c.ordinal() >>> 6] & 1L << (c.ordinal() & 63)) != 0;
  }

  /**
   * As {@link #is(WordClass, Token)}, for the token's word in lower case ("Der" at a sentence's
   * start as "der"); worked out once per word, like the classes of the word as written.
   */
  boolean isLower(WordClass c, Token t) {
    WordFacts f = t.facts();
    long[] known = f.lowerClasses;
    if (known == null) {
      String lower = f.word.toLowerCase(Locale.ROOT);
      known = classes(lower.equals(f.word) ? f : facts(lower));
      f.lowerClasses = known;
    }
    return (known[c.ordinal() >>> 6] & 1L << (c.ordinal() & 63)) != 0;
  }

  /** The word's class bits, worked out on first question and kept with its facts. */
  private long[] classes(WordFacts f) {
    long[] known = f.classes;
    if (known == null) {
      known = classBits(f.word);
      f.classes = known;
    }
    return known;
  }

  private long[] classBits(String word) {
    WordClass[] all = WordClass.values();
    long[] known = new long[(all.length + 63) / 64];
    for (WordClass k : all) {
      if (classes[k.ordinal()].contains(word)) {
        known[k.ordinal() >>> 6] |= 1L << (k.ordinal() & 63);
      }
    }
    return known;
  }

  /** The facts kept for a word; a token carries its own ({@link Token#facts()}). */
  WordFacts facts(String word) {
    return facts.get(word);
  }

  static void lines(String resource, Consumer<String> sink) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          sink.accept(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Whether the word, in lower case, is a common English word ("clockwise", "gravity"). */
  boolean isEnglishWord(String lower) {
    return englishWords.contains(lower);
  }

  /** A given name of the well-known list (first-names.txt), also hyphenated ("Hans-Jürgen", "Karl-Theodor"). */
  boolean isFirstName(String w) {
    return givenName(w, firstNames) != null;
  }

  /** As {@link #isFirstName(String)}, for a token. */
  boolean isFirstName(Token t) {
    return gender(t) != 0;
  }

  /**
   * A given name of either list: with a name word after it, it opens a person's name ("Clayton
   * Lockett", "Jamie Murray"). Alone, only a well-known one ({@link #isFirstName}) counts as a given
   * name: the broader list holds many words that are also places and surnames.
   */
  boolean opensName(String w) {
    return givenName(w, firstNames) != null || givenName(w, moreGivenNames) != null;
  }

  /** As {@link #opensName(String)}, for a token. */
  boolean opensName(Token t) {
    return t.facts().ask(WordFacts.Fact.OPENS_NAME, opensNameTest);
  }

  private static Character givenName(String w, Map<String, Character> names) {
    Character g = names.get(w);
    if (g != null) {
      return g;
    }
    int h = w.indexOf('-');
    if (h > 0 && w.length() > h + 1 && Character.isUpperCase(w.charAt(h + 1))) {
      Character first = names.get(w.substring(0, h));
      return first != null && names.containsKey(w.substring(h + 1)) ? first : null;
    }
    return null;
  }

  /** 'm', 'f', or 'u' (unknown), or 0 when the word is no first name. */
  char gender(String w) {
    Character g = givenName(w, firstNames);
    return g == null ? 0 : g;
  }

  /** As {@link #gender(String)}, for a token. */
  char gender(Token t) {
    WordFacts f = t.facts();
    if (f.gender == 0) {
      f.gender = (char) (gender(f.word) + 1);
    }
    return (char) (f.gender - 1);
  }

  /** A capitalised word that never starts or continues a name: listed, or an adverb by its form. */
  boolean isStop(String w) {
    return isStop(facts(w));
  }

  /** As {@link #isStop(String)}, for a token. */
  boolean isStop(Token t) {
    return isStop(t.facts());
  }

  private boolean isStop(WordFacts f) {
    return f.ask(WordFacts.Fact.STOP, stopTest);
  }

  private boolean computeStop(String w) {
    if (stop.contains(w) || w.endsWith(".") && stop.contains(w.substring(0, w.length() - 1))) {
      return true;
    }
    // Most words asked are lower case or short: no look-up in the memo for them (nor an adverb form).
    return w.length() >= 5 && Character.isUpperCase(w.charAt(0)) && computeAdverbForm(w);
  }

  /**
   * An adverb by its word formation: an adverb suffix ("Einerseits", "Gemeinhin",
   * "Glücklicherweise", "Erstmals") or a pronominal adverb, da-/hier-/wo- and a preposition
   * ("Davor", "Darüber", "Hierbei", "Womit").
   */
  private boolean computeAdverbForm(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    String suffix = ending(WordClass.ADVERB_SUFFIXES, l, 4);
    // The "h" of "ch" and "sch" belongs to that letter, not to "-hin": "Demtschischin", "Tschin"
    // (Russian family names), no adverb like "immer|hin".
    if (suffix != null && !(suffix.equals("hin") && l.charAt(l.length() - 4) == 'c')) {
      return true;
    }
    for (String prefix : new String[] {"dar", "wor", "da", "hier", "wo"}) {
      if (l.startsWith(prefix)) {
        String rest = l.substring(prefix.length());
        boolean vowel = !rest.isEmpty() && "aeiouäöü".indexOf(rest.charAt(0)) >= 0;
        // "dar"/"wor" before a vowel ("darüber", "worauf"), "da"/"wo" before a consonant ("davor", "womit").
        if ((prefix.endsWith("r") == vowel || prefix.equals("hier")) && rest.length() >= 3 && is(WordClass.PREPOSITIONS, rest)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The separable particles a speech-verb form needs ("" for none); null when no speech verb. */
  Set<String> speechVerb(String lowerForm) {
    return speechVerbs.get(lowerForm);
  }

  /**
   * Whether a speech-verb form is a plural: of the past, "sagten" beside "sagte", "sprachen" beside
   * "sprach" (also the participle of some strong verbs: "beschrieben", "erwogen"), or of the present,
   * "warnen" beside "warnt", "fordern" beside "fordert".
   */
  boolean pluralSpeechForm(String form) {
    int n = form.length();
    return form.endsWith("ten") && speechVerbs.containsKey(form.substring(0, n - 1))
        || form.endsWith("en") && n > 4 && (speechVerbs.containsKey(form.substring(0, n - 2))
            || speechVerbs.containsKey(form.substring(0, n - 2) + "t"))
        || (form.endsWith("ern") || form.endsWith("eln")) && speechVerbs.containsKey(form.substring(0, n - 1) + "t");
  }

  /** Whether the word is a form of address or a title of nobility ({@link WordClass#TITLES}: "Frau", "Dr.", "Lord"). */
  boolean isTitle(String w) {
    return is(WordClass.TITLES, w);
  }

  /** What {@link #isRole} answers, worked out. */
  private boolean computeRole(String w) {
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    if (roleWords.contains(w)) {
      return true;
    }
    // "Microsoft-CEO", "Apple-Gründer": a hyphenated compound is what its last part is.
    int h = w.lastIndexOf('-');
    if (h > 0 && h + 1 < w.length() && roleWords.contains(w.substring(h + 1))) {
      return true;
    }
    String last = lastPart(w).toLowerCase(Locale.ROOT);
    return endsWithAny(last, roleSuffixes) || endsWithAny(strip(last), roleSuffixes);
  }

  /** What {@link #isOrganisation} answers, worked out. */
  private boolean computeOrganisation(String w) {
    if (orgWords.contains(w)) {
      return true;
    }
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    String last = lastPart(w).toLowerCase(Locale.ROOT);
    return endsWithAny(last, orgSuffixes) || endsWithAny(strip(last), orgSuffixes);
  }

  boolean isKnownOrganisationName(String w) {
    return orgWords.contains(w);
  }

  private static String lastPart(String w) {
    int h = w.lastIndexOf('-');
    return h >= 0 && h + 1 < w.length() ? w.substring(h + 1) : w;
  }

  /** Whether the word ends with one of the suffixes: one set look-up per ending, not one test per suffix. */
  private static boolean endsWithAny(String w, Set<String> suffixes) {
    for (int p = 0; p + 2 <= w.length(); p++) {
      if (suffixes.contains(w.substring(p))) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String w) {
    for (String e : ENDINGS) {
      if (w.length() > e.length() + 3 && w.endsWith(e)) {
        return w.substring(0, w.length() - e.length());
      }
    }
    return w;
  }

  boolean inDictionary(String lower) {
    return dictionary.contains(lower);
  }

  /** "Außenminister", "Nato-Chef", "Präsidenten", "Sprecherin": a word naming a person's role. */
  boolean isRole(String word) {
    return isRole(facts(word));
  }

  /** As {@link #isRole(String)}, for a token. */
  boolean isRole(Token t) {
    return isRole(t.facts());
  }

  private boolean isRole(WordFacts f) {
    return f.ask(WordFacts.Fact.ROLE, roleTest);
  }

  /** A word that may be (part of) a person's name: see {@link People#nameLike}. */
  boolean isNameLike(String word) {
    return isNameLike(facts(word));
  }

  /** As {@link #isNameLike(String)}, for a token. */
  boolean isNameLike(Token t) {
    return isNameLike(t.facts());
  }

  private boolean isNameLike(WordFacts f) {
    return f.ask(WordFacts.Fact.NAME_LIKE, nameLikeTest);
  }

  /** "Nato", "Interfax", "Außenministerium", "Nachrichtenagentur": an organisation word. */
  boolean isOrganisation(String word) {
    return isOrganisation(facts(word));
  }

  /** As {@link #isOrganisation(String)}, for a token. */
  boolean isOrganisation(Token t) {
    return isOrganisation(t.facts());
  }

  private boolean isOrganisation(WordFacts f) {
    return f.ask(WordFacts.Fact.ORGANISATION, organisationTest);
  }

  /**
   * Whether a capitalised word reads as an ordinary German word: in the dictionary, an inflected
   * form of one, or a compound of dictionary words ("Regierungserklärung").
   */
  boolean isCommonWord(String word) {
    return isCommonWord(facts(word));
  }

  /** As {@link #isCommonWord(String)}, for a token. */
  boolean isCommonWord(Token t) {
    return isCommonWord(t.facts());
  }

  private boolean isCommonWord(WordFacts f) {
    return f.ask(WordFacts.Fact.COMMON_WORD, commonWordTest);
  }

  /** What {@link #isCommonWord} answers, worked out. */
  private boolean computeCommonWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int h = w.lastIndexOf('-');
    if (h > 0 && h + 1 < w.length()) {
      w = w.substring(h + 1);
    }
    // "Kaminski", "Nowicki", "Jankowska": a Slavic family name's ending, not the noun "Ski" of a
    // compound (Kamin|ski), unless the full-form dictionary lists the word ("Wasserski").
    if (SLAVIC_FAMILY_NAME.matcher(w).find() && !isOrdinaryForm(word)) {
      return false;
    }
    return NOUN_SUFFIX.matcher(w).find() || isWord(w, 0);
  }

  /** Endings of Slavic family names: -ski, -cki, -zki and their feminine forms in -ska, -cka, -zka. */
  private static final Pattern SLAVIC_FAMILY_NAME = Pattern.compile("...[^aeiou](sk|ck|zk)[ia]$");

  /** German function words: Lucene's German stop list ("also", "allen", "man", "manche"). */
  private static final org.apache.lucene.analysis.CharArraySet FUNCTION_WORDS =
      org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet();

  /** Whether the lower-case word is a German function word ("allen", "manche", "mir"). */
  boolean isFunctionWord(String lower) {
    return FUNCTION_WORDS.contains(lower);
  }

  /** See {@link WordForms#onlyFamilyName}: "Obama", "Marx"; not "Paris", "Koch" (also a noun). */
  boolean isOnlyFamilyName(String word) {
    return facts(word).ask(WordFacts.Fact.ONLY_FAMILY_NAME, onlyFamilyNameTest);
  }

  /** Whether the lower-case form is an adjective of the full-form dictionary ("steinerne", "hohen"). */
  boolean isAdjectiveForm(String lower) {
    return forms.isAdjective(lower);
  }

  /** See {@link WordForms#neuterOrPeople}: "Bayern", "Schwaben"; not "Pfalz", "Alpen". */
  boolean isNeuterOrPeople(String word) {
    return forms.neuterOrPeople(word);
  }

  /** Whether the full-form dictionary lists the word, as written, as a proper name ("Merkel", "Graz"). */
  boolean isProperNameForm(String word) {
    return facts(word).ask(WordFacts.Fact.PROPER_NAME, properNameTest);
  }

  /**
   * An ordinary word of the full-form dictionary that it never lists as a name ("Vereinfacht",
   * "Schadenersatz", "Halbschwester"; not "Koch", "Weiß", which are family names too).
   */
  boolean isOnlyOrdinaryForm(String word) {
    return isOrdinaryForm(word) && !isProperNameForm(word);
  }

  /**
   * Whether the word, as written, is an ordinary word of the full-form dictionary ({@link
   * WordForms}: "Ungnade", "Belieben", "Maßnahmen"); a proper name there ("Graz") is not.
   */
  boolean isOrdinaryForm(String word) {
    return facts(word).ask(WordFacts.Fact.ORDINARY_FORM, ordinaryFormTest);
  }

  /** "anträge" (Antrag), "beschlüsse" (Beschluss), "häuser": a plural with umlaut of a dictionary noun. */
  private boolean umlautPlural(String w) {
    for (String e : new String[] {"e", "er", "en", "n"}) {
      // A stem of three letters is enough ("züge" → Zug, "höfe" → Hof).
      if (w.length() < e.length() + 3 || !w.endsWith(e)) {
        continue;
      }
      String stem = w.substring(0, w.length() - e.length());
      int u = Math.max(stem.lastIndexOf('ä'), Math.max(stem.lastIndexOf('ö'), stem.lastIndexOf('ü')));
      if (u < 0) {
        continue;
      }
      char base = switch (stem.charAt(u)) {
        case 'ä' -> 'a';
        case 'ö' -> 'o';
        default -> 'u';
      };
      String singular = stem.substring(0, u) + base + stem.substring(u + 1);
      if (dictionary.contains(singular) || singular.endsWith("au") && dictionary.contains(singular)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a lower-case word is a dictionary word or an inflected form of one ("siegen",
   * "flüchtlingen", "anträge"), not counting compounds: "stockholm" splits into words but is none.
   */
  boolean isSimpleWord(String w) {
    if (dictionary.contains(w)) {
      return true;
    }
    for (String e : ENDINGS) {
      if (w.length() > e.length() + 2 && w.endsWith(e) && dictionary.contains(w.substring(0, w.length() - e.length()))) {
        return true;
      }
    }
    return umlautPlural(w);
  }

  private boolean isWord(String w, int depth) {
    if (isSimpleWord(w)) {
      return true;
    }
    if (depth > 2) {
      return false;
    }
    for (int p = 3; p <= w.length() - 3; p++) {
      String head = w.substring(0, p);
      for (String link : LINKS) {
        if (head.length() > link.length() + 2
            && head.endsWith(link)
            && dictionary.contains(head.substring(0, head.length() - link.length()))
            && isWord(w.substring(p), depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }
}
