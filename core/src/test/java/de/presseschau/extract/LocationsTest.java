package de.presseschau.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.presseschau.read.Article;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Places: a sentence in, the canonical place names out. */
class LocationsTest {

  private static final Extractor EXTRACTOR = Extractor.load();

  private static List<String> places(String text) {
    return EXTRACTOR.extract(Article.of("t", "", text)).locationNames();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Der Minister flog von Tokio nach Peking.                           | Tokio, Peking
      Tokios Pläne stoßen in Washingtons Regierung auf Kritik.          | Tokio, Washington
      Chinas Führung reagierte scharf.                                   | China
      Der Landeshauptmann des Burgenlandes reiste ins Saarland.          | Burgenland, Saarland
      Im Römischen Reich und im Osmanischen Reich galt anderes Recht.    | Römisches Reich, Osmanisches Reich
      Die DVRK kritisierte die Vereinigten Staaten.                      | Nordkorea, USA
      Die USA und die Vereinigten Staaten von Amerika sind eins.         | USA
      Der Gipfel in Brüssel betraf auch Kiew und Pjöngjang.              | Brüssel, Kiew, Pjöngjang
      Die Nato blickt nach Asien, Europa und in den Indopazifik.         | Asien, Europa, Indopazifik
      Partner im Indopazifik-Raum sind wichtig.                          | Indopazifik
      Er landete auf der Iruma Air Base nördlich von Tokio.              | Iruma, Tokio
      Der Unfall ereignete sich in Elbrinxen.                            | Elbrinxen
      Sie wohnt in der Gubener Straße.                                   | Gubener Straße
      Die Demonstranten zogen zum Stephansplatz.                         | Stephansplatz
      Das Spiel fand im Ernst-Happel-Stadion statt.                      | Ernst-Happel-Stadion
      Das Konzert war in der Wiener Stadthalle.                          | Wiener Stadthalle
      Sie wohnt an der Konrad-Adenauer-Straße.                           | Konrad-Adenauer-Straße
      Kisdorf hat einen neuen Bürgermeister.                             | Kisdorf
      Die Reise führte über Mecklenburg-Vorpommern nach Berlin-Mitte.   | Mecklenburg-Vorpommern, Berlin-Mitte
      """)
  void placesAreFoundUnderTheirGermanName(String sentence, String expected) {
    assertEquals(Arrays.asList(expected.split(",\\s*")), places(sentence));
  }

  @Test
  void languagesLoanwordsAndCommonStreetWordsAreNoPlaces() {
    assertEquals(List.of(), places("Es gibt Unterricht in Arabisch, Bulgarisch und Chinesisch."));
    assertEquals(List.of(), places("Die Arbeitslosigkeit ist auf Rekordniveau."));
    assertEquals(List.of(), places("Er brach in Pkw ein. Sie stiegen in Züge. Er sitzt in Gefängnissen."));
    assertEquals(List.of(), places("Die Bewegung um Prediger Fethullah Gülen steht ihnen nahe."));
    assertEquals(List.of(), places("Die Tafel hängt am Fundament der Umfahrungsstraße."));
    assertEquals(List.of(), places("Er sucht einen Arbeitsplatz in der Sporthalle am Marktplatz."));
    assertEquals(List.of(), places("Im Ausland und im Hochland, im Regierungsviertel und im Tal blieb es ruhig."));
    // Small towns without a settlement ending need context: "Ganz" and "Barth" are towns too.
    assertEquals(List.of(), places("Ganz ruhig blieb es. Barth sagte nichts."));
    assertEquals(List.of("Jehudastraße"), places("Der Anschlag geschah in der Jehudastraße."));
    assertEquals(List.of(), places("Die Solaranlagen ersparen den Netzausbau nicht."));
    assertEquals(List.of(), places("Es geht in Trippelschritten voran. Erreger wurden in Fledertieren gefunden."));
    assertEquals(List.of("Nordhessen", "Hessen", "Warnemünde"), places("Nicht nur in Nordhessen, auch in Warnemünde sitzt der Schock tief."));
  }

  @Test
  void englishCountryNamesFoldToTheGermanNameButFindNothingThemselves() {
    assertEquals(List.of("Irak", "Iran"), places("Die Gruppe nannte sich Al-Qaida in Iraq. Sie kämpfte auch in Iran."));
    assertEquals(List.of(), places("Auf Air Jordan folgte bei Nike die nächste Kollektion."));
  }

  @Test
  void anAdjectiveOfAPlaceFeedsTheFacetAsADerivedMention() {
    Extraction x = EXTRACTOR.extract(Article.of("t", "", "Er suchte in Berliner Kellerlöchern."));
    assertEquals(List.of("Berlin"), x.locationNames());
    assertEquals(Mention.Kind.DERIVED, x.locations().getFirst().mentions().getFirst().kind());
    // Words that only end like one are none: "Berater" (Berat), a surname in brackets.
    assertEquals(List.of(), places("Der Berater des Herausgebers verteidigt es. Es spielte (Lindner) mit."));
  }

  @Test
  void aPlaceAfterAnInstitutionsNameWithAPrepositionStaysAPlace() {
    assertEquals(List.of("Mainz"), places("Das Institut für Kernphysik in Mainz forscht daran."));
  }

  @Test
  void peopleAreNoPlaces() {
    assertEquals(List.of(), places("George Washington war der erste Präsident."));
    // Given names of the broader list open a name: the town of Clayton, Missouri, is not meant.
    assertEquals(List.of(), places("Das Mittel kam bei der Hinrichtung von Clayton Lockett zum Einsatz."));
    assertEquals(List.of(), places("Das Duo unterlag Jamie Murray und John Peers."));
    // A run the gazetteer knows whole stays a place, though "Santa" is also a given name.
    assertEquals(List.of("Santa Cruz"), places("Die Regatta endete in Santa Cruz."));
    assertEquals(List.of(), places("Juri Gagarin flog als erster Mensch ins All."));
  }

  @Test
  void clubsAndNewspapersAreNoPlaces() {
    assertEquals(List.of(), places("Juventus Turin schlug den FC Bayern München."));
    assertEquals(List.of(), places("Das berichtete die Washington Post."));
  }

  @Test
  void adjectivesAreNoPlaceMentions() {
    assertEquals(List.of(), places("Die japanische Regierung und deutsche Firmen verhandeln."));
  }

  @Test
  void aCommonWordThatNamesATownAfterAnArticleIsNoPlace() {
    assertFalse(places("Die Kinder spielten auf dem Hof.").contains("Hof"));
  }

  @Test
  void aTownNamedLikeAWordIsThatWordAfterAPossessiveANumberOrAnAdjective() {
    assertEquals(List.of(), places("Die Frau stochert in ihrem Essen."));
    assertEquals(List.of(), places("Rapid ist mit vier Siegen in vier Runden gestartet."));
    assertEquals(List.of(), places("Sobald es in den heimischen Bergen geschneit hat, fahren wir."));
    // The towns themselves stay.
    assertEquals(List.of("Essen"), places("Bei einer Explosion in Essen sind drei Menschen verletzt worden."));
    assertEquals(List.of("Stockholm"), places("Der im royalen Stockholm gepflegte Habitus ist bürgerlich."));
  }

  @Test
  void commonNounsAfterAPrepositionAreNoPlaces() {
    assertEquals(List.of(), places("Er kämpft bis weit nach Mitternacht, nach Erkenntnissen der Ermittler."));
    assertEquals(List.of("Ungarn"), places("Wie sollte Ungarn mit den Flüchtlingen umgehen?"));
    assertEquals(List.of(), places("Sie sollen auch in Hinkunft keine Videos veröffentlichen."));
    // A name that only ends like a noun stays when nothing else speaks against it.
    assertEquals(List.of("Reutlingen"), places("Der Zug fährt nach Reutlingen."));
  }

  @Test
  void mentionsPointAtTheWordsAsWritten() {
    Entity tokio = EXTRACTOR.extract(Article.of("t", "", "Tokios Pläne")).locations().get(0);
    assertEquals("Tokio", tokio.name());
    assertEquals(new Mention(0, 6, "Tokios", null, Mention.Kind.NAME, "GAZETTEER"), tokio.mentions().get(0));
  }

  @Test
  void aPlaceInsideACompoundIsMarkedAsAPart() {
    List<Entity> places = EXTRACTOR.extract(Article.of("t", "",
        "Der US-Präsident besuchte das Japan-Forschungszentrum in Tokio.")).locations();
    java.util.Map<String, Mention.Kind> kinds = new java.util.HashMap<>();
    for (Entity e : places) {
      kinds.put(e.name(), e.mentions().getFirst().kind());
    }
    assertEquals(Mention.Kind.PART, kinds.get("USA"));
    assertEquals(Mention.Kind.PART, kinds.get("Japan"));
    assertEquals(Mention.Kind.NAME, kinds.get("Tokio"));
  }
}
