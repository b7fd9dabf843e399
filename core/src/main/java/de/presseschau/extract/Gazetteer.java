package de.presseschau.extract;

import static de.presseschau.extract.WordClass.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Place names → canonical German name, from the bundled GeoNames and CLDR tables and the
 * project's own list of exonyms and aliases, with genitive forms ("Tokios" → Tokio).
 */
final class Gazetteer {

  /** What kind of place: countries, regions, waters and landscapes take articles ("die Ukraine"). */
  enum Kind {
    COUNTRY, REGION, WATER, LANDSCAPE, ISLAND, STATE, CITY;

    boolean takesArticle() {
      return this != STATE && this != CITY;
    }
  }

  /** One place name: the canonical place it names and its kind. */
  record Place(String canonical, Kind kind) {}

  /** GeoNames cities at least this big stay even when their name is also a German word. */
  private static final int BIG_CITY = 500_000;
  /** GeoNames cities at least this big stay places when their name is a family name too ("Lincoln", "Houston"). */
  private static final int LARGE_CITY = 100_000;

  private final Map<String, Place> names = new HashMap<>();
  private final Set<String> excluded = new HashSet<>();
  /** Canonical names of cities with at least {@link #LARGE_CITY} inhabitants. */
  private final Set<String> largeCities = new HashSet<>();
  /**
   * States and cities of at least {@link #LARGE_CITY} inhabitants named like a given name
   * ("Virginia", "Hagen"): no gazetteer names, places only where a place's preposition puts them.
   */
  private final Set<String> namedLikePeople = new HashSet<>();
  /** English names of countries → the place, for folding only (see {@link #canonical}). */
  private final Map<String, Place> exonyms = new HashMap<>();
  private final Lexicon lexicon;
  /** First words of the multi-word names, so that most tokens need a single look-up. */
  private final Set<String> firstWords = new HashSet<>();
  /** {@link #isFirstWord(String)} as a test for {@link WordFacts#ask}, made once. */
  private final java.util.function.Predicate<String> firstWordTest = firstWords::contains;
  private int longest = 1;

  private Gazetteer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  static Gazetteer load(Lexicon lexicon) {
    Gazetteer g = new Gazetteer(lexicon);
    Lexicon.lines("not-places.txt", line -> g.excluded.addAll(List.of(line.split("\\s+"))));
    Lexicon.lines("places-de.tsv", line -> {
      String[] f = line.split("\t", -1);
      Place p = new Place(f[0], Kind.valueOf(f[1].toUpperCase(Locale.ROOT)));
      g.add(f[0], p);
      if (f.length > 2 && !f[2].isBlank()) {
        for (String alias : f[2].split("\\|")) {
          g.add(alias, p);
        }
      }
    });
    // CLDR territories: the names of one code share the canonical name already known, if any.
    Map<String, List<String>> byCode = new LinkedHashMap<>();
    Lexicon.lines("cldr41_de_territories.tsv", line -> {
      String[] f = line.split("\t", -1);
      if (!f[0].equals("code") && !lexicon.is(CLDR_NOT_PLACES, f[2])) {
        byCode.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[2].replace(" (", "|").split("\\|")[0]);
      }
    });
    Map<String, Place> countries = new HashMap<>();
    byCode.forEach((code, list) -> {
      Kind kind = Character.isDigit(code.charAt(0)) ? Kind.REGION : Kind.COUNTRY;
      Place known = list.stream().map(g.names::get).filter(p -> p != null).findFirst().orElse(null);
      Place p = known != null ? known : new Place(list.get(0), kind);
      list.forEach(n -> g.add(n, p));
      countries.put(code, p);
    });
    // English names of countries name a place found by its context in the German name of the same
    // code ("in Iraq" → Irak). They find nothing themselves: in German text they mostly stand in
    // English names of firms, boards and products ("Air Jordan", "Great Britain Board").
    Lexicon.lines("countries-en.tsv", line -> {
      String[] f = line.split("\t", -1);
      Place p = countries.get(f[0]);
      if (p != null && f.length > 1) {
        for (String name : f[1].split("\\|")) {
          g.exonyms.putIfAbsent(normalise(name), p);
        }
      }
    });
    Lexicon.lines("cldr41_de_subdivisions.tsv", line -> {
      String[] f = line.split("\t", -1);
      if (f.length > 1 && f[0].length() > 2 && lexicon.is(SUBDIVISION_COUNTRIES, f[0].substring(0, 2))) {
        if (g.usable(f[1], lexicon, 0)) {
          g.add(f[1], new Place(f[1], Kind.STATE));
        } else {
          g.noteNamedLikePerson(f[1], lexicon);
        }
      }
    });
    Lexicon.lines("cldr41_de_exemplar_cities.tsv", line -> {
      String[] f = line.split("\t", -1);
      if (f.length > 1 && !f[0].startsWith("Antarctica/") && !f[0].startsWith("Etc/") && g.usable(f[1], lexicon, 0)) {
        g.add(f[1], new Place(f[1], Kind.CITY));
      }
    });
    Lexicon.lines("geonames_cities_de.tsv", line -> {
      String[] f = line.split("\t", -1);
      if (f[0].equals("name_en") || f.length < 7) {
        return;
      }
      int population = f[6].isEmpty() ? 0 : Integer.parseInt(f[6]);
      Place p = g.names.getOrDefault(f[1], new Place(f[1], Kind.CITY));
      if (population >= LARGE_CITY) {
        g.largeCities.add(p.canonical());
      }
      if (g.usable(f[1], lexicon, population)) {
        g.add(f[1], p);
        // Austrian writing shortens "Wiener" in town names: "Wr. Neustadt", "Wr. Neudorf".
        if (f[1].startsWith("Wiener ")) {
          g.add("Wr. " + f[1].substring(7), p);
        }
      } else if (population >= LARGE_CITY) {
        g.noteNamedLikePerson(f[1], lexicon);
      }
      if (g.usable(f[0], lexicon, population)) {
        // A name that the German one qualifies ("Newport (Wales)", "Naples (Florida)") is
        // ambiguous bare: it names the town it says, not the one the qualifier picks.
        g.add(f[0], f[1].contains(" (") && !f[0].contains(" (") ? new Place(f[0], Kind.CITY) : p);
      }
    });
    // Small towns of the German-speaking countries, after the bigger tables: a name taken already
    // keeps its place. Only names with a settlement ending ("Kisdorf", "Gablitz",
    // "Ulrichsberg") stand without context; the rest ("Ganz", "Barth", "Gallus" are also words and
    // surnames) are left to the context rules ("in Mondsee").
    Lexicon.lines("geonames_towns_dach.tsv", line -> {
      String[] f = line.split("\t", -1);
      if (f.length < 3 || f[0].equals("name")) {
        return;
      }
      // One or two words: a longer name ("Sankt Johann im Pongau") makes its first word a start
      // of names to try at every occurrence (all of them: extraction ran about 5 % slower; two-word
      // names alone cost nothing measurable, 2026-12-04).
      // An official name that places the town by a region or river ("Immenstadt im Allgäu",
      // "Landsberg am Lech", "Dillingen an der Donau") gives the short name news use.
      String name = f[0];
      int space = name.indexOf(' ');
      // Two-word names whole ("Bad Staffelstein", "Maria Enzersdorf", "Innere Stadt"): their
      // second word is often an ordinary word that no context rule takes for a name.
      if (space > 0 && name.indexOf(' ', space + 1) < 0) {
        if (!g.names.containsKey(name) && !g.excluded.contains(name)) {
          Place two = new Place(name, Kind.CITY);
          g.add(name, two);
          if (name.startsWith("Sankt ")) {
            g.add("St. " + name.substring(6), two);
          }
        }
        return;
      }
      if (space > 0 && !shortName(name, space, lexicon)) {
        return;
      }
      String one = space > 0 ? name.substring(0, space) : name;
      if (g.usable(one, lexicon, 0) && !lexicon.isCommonWord(one) && lexicon.hasSettlementEnding(one.toLowerCase(Locale.ROOT))) {
        g.add(one, new Place(one, Kind.CITY));
      }
    });
    return g;
  }

  /**
   * Whether the multi-word town name is a one-word name placed by a region or river after a small
   * word of place ("Immenstadt im Allgäu", "Rothenburg ob der Tauber") or in brackets ("Halle
   * (Saale)").
   */
  private static boolean shortName(String name, int space, Lexicon lexicon) {
    int next = name.indexOf(' ', space + 1);
    String second = next < 0 ? name.substring(space + 1) : name.substring(space + 1, next);
    return next > 0 && lexicon.is(PLACE_JOINERS, second) || second.startsWith("(");
  }

  /** Keeps a state's or large city's name that only a given name of the same spelling keeps out. */
  private void noteNamedLikePerson(String name, Lexicon lexicon) {
    if (lexicon.isFirstName(name) && usable(name, lexicon, 0, false)) {
      namedLikePeople.add(name);
    }
  }

  /**
   * Whether the word is the name of a state or of a city of at least 100,000 inhabitants that is
   * also a given name ("Virginia", "Hagen"): a place after a place's preposition ("aus Hagen").
   */
  boolean isPlaceNamedLikePerson(String word) {
    return namedLikePeople.contains(word);
  }

  /** Whether a city of that canonical name has at least 100,000 inhabitants (GeoNames). */
  boolean isLargeCity(String canonical) {
    return largeCities.contains(canonical);
  }

  /** A table name is used unless it is also an ordinary word or a given name (small places only). */
  private boolean usable(String name, Lexicon lexicon, int population) {
    return usable(name, lexicon, population, true);
  }

  /** As {@link #usable(String, Lexicon, int)}, optionally letting given names through. */
  private boolean usable(String name, Lexicon lexicon, int population, boolean givenNamesOut) {
    if (name.length() < 3 || names.containsKey(name) || !Character.isUpperCase(name.charAt(0)) || excluded.contains(name)) {
      return false;
    }
    if (population >= BIG_CITY) {
      return !lexicon.isStop(name);
    }
    return !lexicon.isStop(name)
        && !(givenNamesOut && lexicon.isFirstName(name))
        && !lexicon.inDictionary(name.toLowerCase(Locale.ROOT))
        && !lexicon.isRole(name);
  }

  private void add(String name, Place p) {
    String key = normalise(name);
    if (names.putIfAbsent(key, p) == null) {
      int words = key.split(" ").length;
      if (words > 1) {
        firstWords.add(key.substring(0, key.indexOf(' ')));
        longest = Math.max(longest, words);
      }
    }
    char last = key.charAt(key.length() - 1);
    String genitive = key + "s";
    // "Tokios", "Chinas"; but no "Basis" from the town of Basi: a word of its own is no genitive;
    // nor is a given name ("Lars", "Jonas", "Tamas" are people, not the towns Lar, Jona, Tama).
    if (Character.isLetter(last) && "sßxzSXZ".indexOf(last) < 0 && !lexicon.inDictionary(genitive.toLowerCase(Locale.ROOT))
        && !excluded.contains(genitive) && !lexicon.opensName(genitive)) {
      names.putIfAbsent(genitive, p);
    }
    // "des Burgenlandes", "des Saarlandes", "Griechenlandes": a name in -land also takes -es.
    if (key.endsWith("land") && !hasWhitespace(key) && !lexicon.inDictionary((key + "es").toLowerCase(Locale.ROOT))
        && !excluded.contains(key + "es")) {
      names.putIfAbsent(key + "es", p);
    }
  }

  /** One spelling for look-ups: single spaces, no space after a hyphen or before a full stop. */
  static String normalise(String s) {
    if (!hasWhitespace(s)) {
      return s; // one word: nothing to normalise (and its hash code is already computed)
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && b.length() > 0 && b.charAt(b.length() - 1) != '-' && c != '.') {
        b.append(' ');
      }
      space = false;
      b.append(c);
    }
    return b.toString();
  }

  private static boolean hasWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  Place get(String surface) {
    String name = normalise(surface);
    Place p = names.get(name);
    if (p == null && hasForeignMarks(name)) {
      // "Tōkyō", "Wrocław", "Gdańsk", "Timișoara": the marks of a romanisation or of another
      // language's letters, which the gazetteer's English names are written without ("Tokyo",
      // "Wroclaw", "Gdansk"); never an umlaut.
      String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
      Place q = names.get(withoutMarks(decomposed));
      // Accents on vowels alone ("Kraków", "Montréal", but "Kaká", a footballer, not the town Kaka,
      // and "Ferran Adriá", a cook, not the sea) are trusted for countries, states and large
      // cities only.
      if (q != null && (foreignLetter(decomposed) || q.kind() == Kind.COUNTRY || q.kind() == Kind.STATE
          || largeCities.contains(q.canonical()))) {
        p = q;
      }
    }
    return p;
  }

  /** Whether the name has a letter beyond ASCII, umlauts and ß (a miss in plain letters is not looked up again). */
  private static boolean hasForeignMarks(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x80 && "äöüÄÖÜß".indexOf(c) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a decomposed name has a letter that marks another language's spelling of a name the
   * gazetteer writes plainly: a consonant with a mark ("ń", "ș", "č"), a vowel with a macron or
   * breve ("ō", "ŏ", "ă"), or "ł", "đ", "ı", "ø".
   */
  private static boolean foreignLetter(String decomposed) {
    for (int k = 0; k < decomposed.length(); k++) {
      char c = decomposed.charAt(k);
      if ("łŁđĐıøØ".indexOf(c) >= 0) {
        return true;
      }
      if (k > 0 && Character.getType(c) == Character.NON_SPACING_MARK && c != '\u0308') {
        char base = Character.toLowerCase(decomposed.charAt(k - 1));
        if (c == '\u0304' || c == '\u0306' || "aeiouy".indexOf(base) < 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A decomposed (NFD) name without the diacritics of other languages than German ("Tōkyō" →
   * "Tokyo", "Wrocław" → "Wroclaw", "Kraków" → "Krakow"), umlauts and ß kept.
   */
  private static String withoutMarks(String decomposed) {
    StringBuilder b = new StringBuilder(decomposed.length());
    for (int k = 0; k < decomposed.length(); k++) {
      char c = decomposed.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        if (c == '\u0308') {
          b.append(c); // the diaeresis of an umlaut stays (recomposed below)
        }
        continue;
      }
      b.append(switch (c) {
        case 'ł' -> 'l';
        case 'Ł' -> 'L';
        case 'đ' -> 'd';
        case 'Đ' -> 'D';
        case 'ı' -> 'i';
        case 'ø' -> 'o';
        case 'Ø' -> 'O';
        default -> c;
      });
    }
    return java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFC);
  }

  /** The canonical name of a place found by its context: "Iraq" → "Irak"; other names as they are. */
  String canonical(String name) {
    Place p = exonyms.get(name);
    return p == null ? name : p.canonical();
  }

  /**
   * As {@link #get(String)}, for a token's word, kept in its {@link WordFacts}. The facts belong
   * to the lexicon this gazetteer was loaded with, and every gazetteer loaded with it holds the
   * same names (both read fixed resources).
   */
  Place get(Token t) {
    WordFacts f = t.facts();
    Object known = f.place;
    if (known == null) {
      Place p = get(f.word);
      known = p == null ? WordFacts.NO_PLACE : p;
      f.place = known; // a Place is immutable: safe to share without a lock
    }
    return known == WordFacts.NO_PLACE ? null : (Place) known;
  }

  boolean isFirstWord(String word) {
    return firstWords.contains(word);
  }

  /** As {@link #isFirstWord(String)}, for a token, kept as {@link #get(Token)} keeps its answer. */
  boolean isFirstWord(Token t) {
    return t.facts().ask(WordFacts.Fact.FIRST_WORD_OF_PLACE, firstWordTest);
  }

  int longestName() {
    return longest;
  }
}
