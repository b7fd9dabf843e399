package de.presseschau.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.presseschau.read.Article;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each place rule, sentence in, place and rule out; the same sentence with the rule switched off
 * finds no place (what ./evaluate locations --ablate relies on). Each filter keeps a gazetteer name
 * out, and lets it through when switched off.
 */
class LocationRulesTest {

  private static final Extractor ALL = Extractor.load();

  private static Extraction extract(Extractor e, String text) {
    return e.extract(Article.of("t", "", text));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Tokio reagierte gelassen.                                     | GAZETTEER          | Tokio
      Annweiler meldet einen Rekord.                                | GAZETTEER          | Annweiler
      Newport meldet einen Rekord.                                  | GAZETTEER          | Newport
      Tōkyō meldet einen Rekord.                                    | GAZETTEER          | Tokio
      Gdańsk meldet einen Rekord.                                   | GAZETTEER          | Danzig
      Die Schule in Baden Württemberg ist neu.                      | GAZETTEER          | Baden-Württemberg
      Die Tagung fand in Bad Staffelstein statt.                    | GAZETTEER          | Bad Staffelstein
      Partner im Indopazifik-Raum sind wichtig.                     | COMPOUND_PART      | Indopazifik
      Sie wohnt in der Gubener Straße.                              | STREET             | Gubener Straße
      Das Haus in der Lindenstraße 5 brannte.                       | STREET             | Lindenstraße
      Sie wohnt im Birkenweg 12 in einem Altbau.                    | STREET             | Birkenweg
      Der Unfall ereignete sich in Elbrinxen.                       | PLACE_PREPOSITION  | Elbrinxen
      Der Täter stammt aus Hagen.                                   | PLACE_PREPOSITION  | Hagen
      Der Unfall ereignete sich bei Sarnowitz.                      | PLACE_SUFFIX       | Sarnowitz
      Er wohnt im aargauischen Riniken.                             | REGIONAL_ADJECTIVE | Riniken
      Die Feuerwehr kam aus dem Rems-Murr-Kreis.                    | DISTRICT           | Rems-Murr-Kreis
      Die Feuerwehr kam aus dem Rhein-Sieg-Kreis.                   | DISTRICT           | Rhein-Sieg-Kreis
      Die Kärntner Polizei ermittelt.                               | DERIVED_ADJECTIVE  | Kärnten
      Die New Yorker Polizei ermittelt.                             | DERIVED_ADJECTIVE  | New York
      Die Bremer Polizei ermittelt.                                 | DERIVED_ADJECTIVE  | Bremen
      Der Erlanger Frauenarzt ist gestorben.                        | DERIVED_ADJECTIVE  | Erlangen
      Sie tagen im Wiener Austria Center.                           | DERIVED_ADJECTIVE  | Wien
      Im Lechtal schneite es.                                       | REGION_SUFFIX      | Lechtal
      """)
  void eachRuleFindsItsPlaceAndNothingWhenOff(String sentence, LocationRule rule, String place) {
    Extraction with = extract(ALL, sentence);
    assertEquals(List.of(place), with.locationNames());
    assertEquals(rule.name(), with.locations().getFirst().mentions().getFirst().rule());
    assertEquals(List.of(), extract(ALL.withLocationRulesOff(EnumSet.of(rule)), sentence).locationNames());
  }

  @Test
  void anAddressMentionHoldsTheHouseNumberAndTheFacetTheStreet() {
    Extraction e = extract(ALL, "Die Polizei fand ihn in der Neuendorfer Straße 90c.");
    assertEquals(List.of("Neuendorfer Straße"), e.locationNames());
    assertEquals("Neuendorfer Straße 90c", e.locations().getFirst().mentions().getFirst().text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Er suchte am Arbeitsplatz 3 Tage lang.
      Sie landete auf Tabellenplatz 3.
      Auf dem Heimweg 2015 traf er sie.
      Der Lkw fuhr auf der Bundesstraße 12 km weit.
      """)
  void anOrdinaryWordEndingInAStreetWordIsNoStreetOutsideAnAddress(String sentence) {
    assertEquals(List.of(), extract(ALL, sentence).locationNames());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Die Kämpfe in der Ostukraine dauern an.                       | Ostukraine | Ukraine
      Die Lage des Nordiraks bleibt ernst.                          | Nordirak   | Irak
      Der Sturm zog über den Nordatlantik.                          | Nordatlantik | Atlantik
      """)
  void aPointOfTheCompassBeforeAPlaceNamesARegionAndFeedsThePlaceAsAPart(String sentence, String region, String place) {
    Extraction e = extract(ALL, sentence);
    assertEquals(List.of(region, place), e.locationNames());
    assertEquals(Mention.Kind.NAME, e.locations().get(0).mentions().getFirst().kind());
    assertEquals(Mention.Kind.PART, e.locations().get(1).mentions().getFirst().kind());
    assertEquals(LocationRule.COMPASS_REGION.name(), e.locations().get(0).mentions().getFirst().rule());
    assertEquals(List.of(),
        extract(ALL.withLocationRulesOff(EnumSet.of(LocationRule.COMPASS_REGION)), sentence).locationNames());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Zu Ostern weht ein kalter Westwind.
      Der Mittelstand investiert in Nordlicht-Touren.
      Er fährt oft nach Westen.
      Er verliebte sich in Anna.
      Im Südderby siegten die Gäste.
      """)
  void aPointOfTheCompassBeforeAWordThatNamesNoLargePlaceMakesNoRegion(String sentence) {
    assertEquals(List.of(), extract(ALL, sentence).locationNames());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Die Ausstellung ist in Wien Währing zu sehen.                 | Wien Währing   | Wien
      Das Hotel liegt in Gornja Lendava.                            | Gornja Lendava |
      """)
  void aTwoWordNameInAPlacesSlotIsFoundWholeNotByItsGazetteerWord(String sentence, String whole, String withoutRule) {
    Extraction with = extract(ALL, sentence);
    assertEquals(List.of(whole), with.locationNames());
    assertEquals(LocationRule.MULTI_WORD_NAME.name(), with.locations().getFirst().mentions().getFirst().rule());
    assertEquals(withoutRule == null ? List.of() : List.of(withoutRule),
        extract(ALL.withLocationRulesOff(EnumSet.of(LocationRule.MULTI_WORD_NAME)), sentence).locationNames());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Michael Häupl regiert. Er sagt, dass in Linz Häupl fehlt.   | Linz Häupl
      Er lebt in Berlin Mitte.                                    | Berlin Mitte
      Sie fuhren nach Turin Anfang Mai.                           | Turin Anfang
      Er spielte in Milwaukee Bucks.                              | Milwaukee Bucks
      Er kam in Putins Russland an.                               | Putins Russland
      Er kam in Downton Abbey an.                                 | Downton Abbey
      Er starb nahe Rebellenhochburg Kafranbel.                   | Rebellenhochburg Kafranbel
      """)
  void aPersonOrAWordBesideAPlaceMakesNoLongerName(String sentence, String twoWords) {
    assertFalse(extract(ALL, sentence).locationNames().contains(twoWords));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Juventus Turin gewann das Spiel.                              | NAME_BEFORE         | Turin
      Die Sparten von Sony, Toshiba und Hitachi fusionieren.        | LIST_OF_OTHER_NAMES | Hitachi
      Ins Visier gerieten Edeka, Metro, Rewe, Lidl und andere.      | LIST_OF_OTHER_NAMES | Metro, Rewe, Lidl
      Gekämpft wird in der Region Sahl al-Ghab.                     | NAME_AFTER          | Sahl
      Manchester United gewann das Spiel.                           | NAME_AFTER          | Manchester
      Er wechselte nach Milwaukee Bucks im Sommer.                  | SPORTS_TEAM         | Milwaukee
      David Bowie starb. Musiker aus Bowies Umfeld trauern.         | PERSON_NAME         | Bowie
      Es gibt einen neuen Michael Jackson Song. Jackson war im Juni gestorben. | PERSON_NAME | Jackson
      Die bisher führende Japanerin Izumi Yamada rutschte ab.       | PERSON_NAME         | Yamada
      Laut Berichten aus Korvalas Zulieferkette fehlt Material.     | GENITIVE_OWNER      | Korvalas
      In Clockwise spielt Cleese einen Schuldirektor.               | ENGLISH_WORD        | Clockwise
      Gestern war auch Gao Ying nicht da.                           | NAME_AFTER          | Gao
      Das Institut für Kernphysik Mainz forscht daran.              | INSTITUTION_NAME    | Mainz
      Er spielte im Film Lincoln den Präsidenten.                   | WORK_TITLE          | Lincoln
      Dortmund schlägt Stuttgart 3:0.                               | SPORTS_TEAM         | Dortmund, Stuttgart
      Der Kapitän des Erstliga-Aufsteigers Frosinone wechselt.      | SPORTS_TEAM         | Frosinone
      Zur Pause stand es Hannover 0:1.                              | SPORTS_TEAM         | Hannover
      Im Kader steht Marc Janko (Basel, 46/21).                     | SPORTS_TEAM         | Basel
      Das Landgericht Hamburg entschied anders.                     | NAME_OR_CLUB_BEFORE | Hamburg
      Viele werden der Gruppierung Asow zugerechnet.                | NAME_OR_CLUB_BEFORE | Asow
      Der Betreiber des Flughafens Brüssel zog Konsequenzen.        | NAME_OR_CLUB_BEFORE | Brüssel
      Das Polizeipräsidium Westpfalz gab das bekannt.               | NAME_OR_CLUB_BEFORE | Westpfalz, Pfalz
      Die Häftlinge bekamen mehr Essen.                             | WORD_IN_CONTEXT     | Essen
      Der Deutsche Aktienindex (Dax) schloss im Plus.               | NAME_AFTER          | Dax
      Der Bär Balu stapft durch den Wald.                           | WORK_TITLE          | Balu
      Der Jenaer Mittelfeldspieler köpfte zum 1:0 ein, der Kölner Stürmer glich aus. | SPORTS_TEAM | Jena, Köln
      Es stand 1:0. Der Ball lag im Tor des Mainzer Torhüters.      | SPORTS_TEAM         | Mainz
      Das Kunsthaus Graz zeigt neue Bilder.                         | NAME_OR_CLUB_BEFORE | Graz
      Zeugen sollen sich an das Landeskriminalamt Steiermark wenden. | NAME_OR_CLUB_BEFORE | Steiermark
      Der Präsident des Oberlandesgerichts Innsbruck trat ab.       | NAME_OR_CLUB_BEFORE | Innsbruck
      Das sagte er der Tageszeitung Österreich.                     | NAME_OR_CLUB_BEFORE | Österreich
      Das sagte er der Zeitung „Beijing Shibao“.                    | NAME_OR_CLUB_BEFORE | Peking, Shibao
      Die Ärztekammer Westfalen-Lippe warnt.                        | NAME_OR_CLUB_BEFORE | Westfalen
      Das Amtsgericht Berlin-Charlottenburg entschied.              | NAME_OR_CLUB_BEFORE | Berlin-Charlottenburg
      Gestreikt wird an den Flughäfen Frankfurt am Main, Hamburg und Saarbrücken. | NAME_OR_CLUB_BEFORE | Frankfurt am Main, Hamburg, Saarbrücken
      Der Sieg gegen Sturm Graz war der zehnte.                     | NAME_OR_CLUB_BEFORE | Graz
      Der Erfinder sei in Ungnade gefallen.                         | ORDINARY_WORD       | Ungnade
      Die Geschäfte werden in Dixi-Klos erledigt.                   | ORDINARY_WORD       | Dixi-Klos
      Sie warten seit Tagen im Niemandsland.                        | ORDINARY_WORD       | Niemandsland
      Die Banken sind in Zahlungsverzug geraten.                    | ORDINARY_WORD       | Zahlungsverzug
      Zenit St. Petersburg kehrt zurück.                            | NAME_OR_CLUB_BEFORE | Sankt Petersburg
      Der FC Ingolstadt siegte 1:0. Ingolstadts Trainer jubelte.    | TEAM_IN_ARTICLE     | Ingolstadt
      Bayer Leverkusen siegte 1:0. Gelb sah der Leverkusener Stefan Reinartz. | TEAM_IN_ARTICLE | Leverkusen
      Der Delegationsleiter Othmar Karas erklärte das.              | NAME_NOT_GENITIVE   | Kara
      Dazu kommen Albin Gashi und Tamas Szanto als Mitglieder.      | NAME_NOT_GENITIVE   | Tama
      Das meldete das Ministerium der radikalislamischen Hamas.     | NAME_NOT_GENITIVE   | Hama
      Seit dem Absturz der „Columbia“ ruht das Programm.            | ARTICLE_BEFORE      | Columbia
      Am Stadion Stade de France gab es Explosionen.                | NAME_AFTER          | Stade
      Er leitet das Collegio Teutonico di Santa Maria dell’Anima.   | NAME_BEFORE         | Santa Maria
      Der Mann überfuhr sie mit seinem Van.                         | WORD_IN_CONTEXT     | Van
      Er zahlte bei Feierlichkeiten, Essen oder Geschenke.          | WORD_IN_CONTEXT     | Essen
      Es war die erste Pleite nach elf Siegen in Serie.             | WORD_IN_CONTEXT     | Siegen
      Der Ibser traf nach Onisiwo-Assist zum 1:2.                   | ORDINARY_WORD       | Onisiwo-Assist
      Im Kader: Jakob Jantscher (Luzern, 16/1).                     | SPORTS_TEAM         | Luzern
      Nach dem Spiel gegen Mattersburg war er müde.                 | SPORTS_TEAM         | Mattersburg
      Er glänzte bei den Spielen gegen Tschechien und Island.       | SPORTS_TEAM         | Tschechien, Island
      Der Mittelfeldspieler von Wolfsburg folgt ihm nach.           | SPORTS_TEAM         | Wolfsburg
      Die Briten feiern einen 6:0-Sieg über San Marino.             | SPORTS_TEAM         | San Marino
      Senegals U23-Teamspieler trainiert wieder.                    | SPORTS_TEAM         | Senegal
      Der Stürmer wechselte nach Augsburg, sagt sein Trainer.       | SPORTS_TEAM         | Augsburg
      Der Mittelfeldspieler kam aus der Regionalliga. Danach wechselte er nach Augsburg. | SPORTS_TEAM | Augsburg
      Das Nationalteam hält sich in der Weltrangliste. Vor ihm liegen Portugal (7.) und Island (38.). | SPORTS_TEAM | Portugal, Island
      Der Stürmer kam bei Tottenham nicht zum Zug, so sein Trainer. | SPORTS_TEAM         | Tottenham
      Nach dem 2:0 liegt Ecuador (7) in der Tabelle vorn.           | SPORTS_TEAM         | Ecuador
      Nach dem 2:1 stehen Chile und Peru im Viertelfinale.          | SPORTS_TEAM         | Chile, Peru
      Der erste Verfolger Monaco lauert.                            | SPORTS_TEAM         | Monaco
      Gruppe C: Ukraine – Weißrussland 3:1 (3:0).                   | SPORTS_TEAM         | Ukraine, Weißrussland
      Gruppe D: Ghana - Australien: 1:1 (1:1).                      | SPORTS_TEAM         | Ghana, Australien
      Rooney entschuldigte sich. Ghana - Australien: 1:1 (1:1)      | SPORTS_TEAM         | Ghana, Australien
      Es stand 1:1. Ghana und Australien trennten sich unentschieden. | SPORTS_TEAM       | Ghana, Australien
      Außerdem trennten sich Freiburg und Dortmund 2:2.             | SPORTS_TEAM         | Freiburg, Dortmund
      Es endete 2:1. Das Tor schoss Valérien Ismaël für Augsburg.   | SPORTS_TEAM         | Augsburg
      Im Zweierbob siegte Deutschland I vor Frankreich II.          | SPORTS_TEAM         | Deutschland, Frankreich
      Die Nationalmannschaft und ihr Trainer trauern. Argentinien hatte im WM-Viertelfinale verloren. | SPORTS_TEAM | Argentinien
      Ö1 brachte die Eröffnungsoper Die Eroberung von Mexico live.  | WORK_TITLE          | Mexico
      Sie zeigt den Puppenfilm Edmond zum ersten Mal.               | WORK_TITLE          | Edmond
      Die Raumsonde Rosetta fliegt weiter.                          | WORK_TITLE          | Rosette
      Der Lander der ESA-Mission Rosetta meldet sich.               | WORK_TITLE          | Rosette
      Ein Hubschrauber des Typs „Sokol“ landete.                    | WORK_TITLE          | Sokol
      Die Rangliste stammt von Ernst & Young.                       | NAME_AFTER          | Young
      Mesa 17.2 und der Linux Kernel 4.13 laufen schneller.         | NAME_AFTER          | Mesa
      Sie arbeitet bei Hoover Institution.                          | NAME_AFTER          | Hoover
      Dort leben 50 Braunbären (Ursus arctos).                      | NAME_AFTER          | Ursus
      Das Epizentrum lag in San Felice sul Panaro.                  | NAME_AFTER          | San
      Chow führt Alliance for Peace and Democracy.                  | WORK_TITLE          | Alliance
      In der Anlage Wendelstein 7-X entsteht Plasma.                | NAME_AFTER          | Wendelstein
      Das Sowjet-Schiff Liaoning ist im Einsatz.                    | WORK_TITLE          | Liaoning
      Zuletzt floppte sie mit Arlington Park (2007).                | WORK_TITLE          | Arlington
      Die Konkubine Cixi lenkte das Reich.                          | NAME_OR_CLUB_BEFORE | Cixi
      Der Hamburger SV verlor zu Hause.                             | NAME_AFTER          | Hamburg
      Die Häuser sind in Privatbesitz.                              | ENDING_IN_WORD      | Privatbesitz
      Sie bekundeten ihr Interesse auf den Parteivorsitz.           | ENDING_IN_WORD      | Parteivorsitz
      Er wird vom Filmportal zitiert.                               | ENDING_IN_WORD      | Filmportal
      Die Hilfe gegenüber den Kriegsflüchtlingen war groß.          | ENDING_IN_WORD      | Kriegsflüchtlingen
      Die Mission von New Horizons geht weiter.                     | ENGLISH_WORD        | New Horizons
      Die Stadt entwickelt einen Urban Heat Islands Strategieplan.  | ENGLISH_WORD        | Island
      Er arbeitet noch mit Windows Vista.                           | ENGLISH_WORD        | Vista
      Es gilt die sogenannte Chatham House Rule.                    | ENGLISH_WORD        | Chatham
      Das Haus wird zum Black Artists Retreat.                      | ENGLISH_WORD        | Retreat
      Das Buch hält den Rankingplatz 438.                           | ENGLISH_WORD        | Rankingplatz
      Das berichtet die Wiener Zeitung.                             | NAME_AFTER          | Wien
      Er besitzt das New Beverly Cinema.                            | NAME_AFTER          | New Beverly
      Für das Drehbuch zeichnet Thania St. John verantwortlich.     | NAME_BEFORE         | St. John
      """)
  void eachFilterKeepsANameThatIsNoPlaceHereOut(String sentence, LocationRule filter, String names) {
    assertEquals(List.of(), extract(ALL, sentence).locationNames());
    assertEquals(List.of(names.split(",\\s*")),
        extract(ALL.withLocationRulesOff(EnumSet.of(filter)), sentence).locationNames());
  }

  /** As {@link #eachFilterKeepsANameThatIsNoPlaceHereOut}, in sentences that also name places the filter keeps. */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Sie kommen aus Nigeria, Gambia, Cote dIvorie und Mali.                 | NAME_AFTER  | Cote
      Zu den Verlierern zählt das Haus aus Siena, Monte dei Paschi di Siena. | NAME_AFTER  | Monte
      Sie starben nahe der Luftwaffenbasis Talavera la Real in Badajoz.      | NAME_AFTER  | Talavera
      Es lesen Gruppen aus Finnland und Ideogramma aus Zypern.               | NAME_AFTER  | Ideogramma
      Das Spiel gegen Erzgebirge Aue fiel aus.                               | NAME_AFTER  | Erzgebirge
      Das Bundesligaspiel Cottbus gegen Stuttgart fiel aus.                  | SPORTS_TEAM | Cottbus
      """)
  void eachFilterKeepsOneNameOutBesidePlacesItKeeps(String sentence, LocationRule filter, String name) {
    assertFalse(extract(ALL, sentence).locationNames().contains(name));
    assertTrue(extract(ALL.withLocationRulesOff(EnumSet.of(filter)), sentence).locationNames().contains(name));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Das Werk Aurskog östlich von Oslo steht still.                 | Aurskog   |
      Er floh in die Nähe des Dorfes Beit Anon südlich von Hebron.   | Anon      | NAME_BEFORE
      Sie fanden ein Haus neben einer Schaffarm südlich von Palermo. | Schaffarm | ORDINARY_WORD
      """)
  void aNameBeforeADirectionIsAPlaceButAtTheEndOfALongerNameOrAsACompoundNoun(
      String sentence, String name, LocationRule filter) {
    assertEquals(filter == null, extract(ALL, sentence).locationNames().contains(name));
    if (filter != null) {
      assertTrue(extract(ALL.withLocationRulesOff(EnumSet.of(filter)), sentence).locationNames().contains(name));
    }
  }

  @Test
  void aTownNamedLikeANounIsThatNounAfterAnotherPlacesAdjective() {
    String sentence = "Er bereitet sich in den Tiroler Bergen vor.";
    assertEquals(List.of("Tirol"), extract(ALL, sentence).locationNames());
    assertEquals(List.of("Tirol", "Bergen"),
        extract(ALL.withLocationRulesOff(EnumSet.of(LocationRule.WORD_IN_CONTEXT)), sentence).locationNames());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Eine Colmarer Zeitung brachte eine Beilage.                   | Colmar
      Das sagte sie der Belgrader Zeitung Danas.                    | Belgrad
      """)
  void aTownsAdjectiveDescribingANewspaperNamesTheTown(String sentence, String town) {
    assertEquals(List.of(town), extract(ALL, sentence).locationNames());
  }

  @Test
  void aPlaceOpeningANewspapersCompoundNameIsNoPlace() {
    assertEquals(List.of(), extract(ALL, "Das sagte er dem Weser-Kurier am Montag.").locationNames());
  }

  @Test
  void aListOfPlacesJoinedToATownStaysWhenNoOtherNameIsInIt() {
    assertEquals(List.of("Solnhofen", "Eichstätt", "Jachenhausen", "Riedenburg"),
        extract(ALL, "Funde gab es in der Gegend von Solnhofen, Eichstätt und Jachenhausen bei Riedenburg.").locationNames());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Robert Weber spielt bei der HSG Nordhorn-Lingen.
      Das Flugzeug des Alaska-Airlines-Fluges wurde evakuiert.
      """)
  void aPlaceOpeningAClubsOrAirlinesCompoundNameIsNoPlace(String sentence) {
    assertEquals(List.of(), extract(ALL, sentence).locationNames());
  }

  @Test
  void aRoadFilterFindsTheRoadHoweverItIsWritten() {
    assertEquals("A 1", ALL.canonicalPlace("A1"));
    assertEquals("A 1", ALL.canonicalPlace("Autobahn 1"));
    assertEquals("B 216", ALL.canonicalPlace("Bundesstraße 216"));
    assertEquals("Landesstraße 502", ALL.canonicalPlace("Landesstraße 502"));
  }

  @Test
  void twoLargePlacesJoinedByAHyphenAreTwoPlacesButACityAndItsDistrictOne() {
    assertEquals(List.of("Dresden", "Prag"),
        extract(ALL, "Dresden ist reich. Er plant die Eisenbahnverbindung Dresden-Prag.").locationNames());
    assertEquals(List.of("Berlin-Charlottenburg"), extract(ALL, "In Berlin-Charlottenburg brannte es.").locationNames());
  }

  /** Sentences in, exactly these places out (none: an empty column); the last column says why. */
  @ParameterizedTest(name = "{2}: {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Jakutsk ist die Hauptstadt Jakutiens.                          | Jakutsk, Jakutien       | a region's genitive in -iens is faceted by its name
      Das Wasser überflutete Villahermosa, die Hauptstadt Tabascos.  | Villahermosa, Tabasco   | after a capital's noun an unknown name in -s is a region's genitive
      Sie flogen in die Hauptstadt Caracas.                          | Caracas                 | a capital in -s that the gazetteer knows keeps its name
      Der Quirinal ist einer der Hügel des klassischen Roms.         | Rom                     | a town's -s genitive after the neuter article des
      Es demonstrierten in Wien 12.000 Menschen.                     | Wien                    | a thousands' point is no version number
      Der Zug fährt in Wien 12.30 Uhr ab.                            | Wien                    | a time is no version number
      Er kam am Montag nach Wien 17.2. zurück.                       | Wien                    | a date is no version number
      Er startete um 07:57 Moskauer Zeit.                            |                         | a place's adjective in a time zone says when
      Es begann um 10 Uhr Pekinger Zeit.                             |                         | a place's adjective in a time zone says when
      Die Moskauer Zeit der Band war kurz.                           | Moskau                  | without a time before it the adjective is the place's
      Das Krim-Kongo-Virus breitet sich aus.                         |                         | a disease named after a place names none
      Das Krim-Kongo Virus breitet sich aus.                         |                         | a disease named after a place names none
      Der Krim-Konflikt dauert an.                                   | Krim                    | a conflict's compound names its place
      Er zählt zum engsten Bayern-Kreis.                             | Bayern                  | two parts and Kreis make no district
      Er reiste gestern nach Kraków.                                 | Krakau                  | accents on vowels are dropped for a large city
      Im Spiel schoss Kaká zwei Tore.                                |                         | but not for a small town (Kaka)
      Er reiste von Kyiv über Kyjiw nach Kiew.                       | Kiew                    | one city, one value, however it is spelled
      Er reiste von Wrocław nach Breslau.                            | Breslau                 | one city, one value, however it is spelled
      Er flog von Bombay über Eriwan nach Mumbai und Jerewan.        | Mumbai, Jerewan         | a former name and an older spelling join the current name
      Sie reisten in die Tschechei und nach Mazedonien.              | Tschechien, Nordmazedonien | a country by an older name is the country
      Er flog von der Côte d'Ivoire nach Kap Verde.                  | Elfenbeinküste, Kap Verde | a country by its own language's name is the country
      Der Zug fuhr von Charkow über Lugansk nach Charkiw und Luhansk. | Charkiw, Luhansk       | a city by its Russian name is the city
      Sie studierte an der Universität Witten/Herdecke.              |                         | both names joined by a slash after an institution's word are its name
      Er studierte an der École polytechnique fédérale de Lausanne.  |                         | a foreign word in lower case before the particle opens a longer name
      Damals wurden zwei Millionen Acre Land freigegeben.            |                         | after a numeral a town's name is a unit
      Die Siedler kamen in zwei Zügen nach Akko.                     | Akko                    | not after a place's preposition
      Man unterscheidet bei Elkos nach der Kathode.                  |                         | a genitive after a dative preposition, with no noun after it, is a plural
      Er wohnt in Tokios Innenstadt.                                 | Tokio                   | a genitive before its noun stays the place
      Er sprach vor der Downing Street mit Reportern.                | Downing Street          | an English street's word ends a name of capitalised words
      Der Highway beginnt in der New Gower Street.                   | New Gower Street        | the whole name, also over an English word
      Sie fuhren auf der Outer Ring Road.                            | Outer Ring Road         | an English word in -er is no German place's adjective
      Die Daten liegen bei Google Street View.                       |                         | a capitalised word after the street's word makes a longer name
      Der Film Mad Max: Fury Road gewann.                            |                         | a work's subtitle after a colon is no street
      Er starb in Paris (Place Vendôme 12).                          | Paris, Place Vendôme    | a French square
      Der Song A Place Without Mercy lief.                           |                         | an English opener before an English word opens no street
      Der Wert wird in Pikofarad angegeben.                          |                         | a unit of measurement with a decimal prefix
      Er war Privatsekretär von Lord Rockingham.                     |                         | a title of nobility makes a person's name
      Er schrieb über Hildegard von Bingen und Lars von Trier.       |                         | a lone given name and "von" take a town as a by-name
      Sie kamen von Graz nach Tours.                                 | Graz, Tours             | "von" and a town without a given name stay places
      Juan Ponce de León entdeckte Florida.                          | Florida                 | a foreign particle takes a town into the person's name
      Das Konzil von Basel, Regiomontanus und Nikolaus Kopernikus.   | Basel                   | an unknown name in a list with a person is no place
      Er besuchte das Tucson Desert Museum in Arizona.               | Arizona                 | an English word and an organisation's word end its name
      Die Energieversorgung Niederösterreich Aktiengesellschaft wächst. |                      | a legal form written out ends a firm's name
      Er spielt im Boston Symphony Orchestra.                        |                         | an organisation's word after the place ends its name
      Der Campus liegt am Ufer des Lake Michigan.                    | Lake Michigan           | a lake's word opens its name, also before a state's
      Er wurde in Siebenbürgen geboren und lebte im Waldviertel.     | Siebenbürgen, Waldviertel | historic regions and Austria's quarters are in the gazetteer
      Der Konflikt um Bergkarabach und Südossetien schwelt.          | Berg-Karabach, Südossetien | so are breakaway regions
      Sie machten Urlaub auf Föhr und auf Teneriffa.                 | Föhr, Teneriffa         | and islands that GeoNames' towns miss
      Der Wald ist zerschnitten von den Autobahnen A 2 und A 7.      | A 2, A 7                | numbered roads after a road's word, also in a list
      Der Lückenschluss der A1 und die Autobahn 1 kosten Geld.       | A 1                     | one value per road, however it is written
      Die Bundesstraße 216 liegt südlich der B17.                    | B 216, B 17             | federal roads
      Der Chef der A1 Telekom sprach, und die A1 erhöht die Preise.  |                         | not in a longer name, nor after "die" (a firm)
      Der Lkw fuhr auf der B 12 km weit.                             |                         | not before a unit
      Das Hochwasser an der Weichsel und am Comersee sinkt.          | Weichsel, Comer See     | rivers and lakes that GeoNames' towns miss
      Sie diskutieren über die Steinerne Brücke in Regensburg.       | Steinerne Brücke, Regensburg | a capitalised adjective before a street's word names the street
      Neue Straße gebaut: Die Stadt plant weiter.                    |                         | not where the clause opens
      Den Preis erhielt der Arbeitskreis Deutscher Markt- und Sozialforschungsinstitute. |  | nor before a compound's shared end
      Die Siedlung führt vom Wallis bis nach Vorarlberg.             | Wallis, Vorarlberg      | a canton named with its article
      Wir wohnen in NÖ und in OÖ.                                    | Niederösterreich, Oberösterreich | Austrian states by their abbreviation
      Sie bestiegen den Großglockner und die Zugspitze.              | Großglockner, Zugspitze | and mountains
      Der Koch Ferran Adriá aus Spanien kommt.                       | Spanien                 | accents alone make no sea of a name
      Das Spiel findet im Wörthersee-Stadion statt.                  | Wörthersee-Stadion      | a venue named after a lake is the venue
      Die Hypo Alpe Adria schrieb Verluste, die Hypo Tirol auch.     |                         | a bank's word before its region
      Der größte Erfolg kam, als man Turkmenistan mit 1:0 bezwang.   |                         | a country before "mit" and a score is a side
      Rapid hat Salzburg mit 2:0 besiegt.                            |                         | so is a town
      In Salzburg mit 2:0 Stimmen gewählt.                           | Salzburg                | not in a place's slot
      Die Autobahnen A1, A4, A44 und A540 waren gesperrt.            | A 1, A 4, A 44, A 540   | a list after a road's word
      Airbus zieht Ingenieure zugunsten der Produktlinien A380 und A350 ab. |                  | aircraft are no roads
      Alle wissen, dass der A330 das modernere Flugzeug ist.         |                         | nor after "der" that opens a clause
      Mit Erfolg verkauften 3 und A1 bereits Handys.                 |                         | nor a firm in a list
      Sie bestiegen den Mount Everest.                               | Mount Everest           | a mountain's word opens its name
      Das Projekt liegt im Lake Eyre Basin.                          |                         | not inside a longer name
      Es gibt das Bistum Cape Palmas.                                |                         | nor after an institution's word
      Die Schriften wurden in Sanskrit abgefasst.                    |                         | a language's name
      Das Birkhuhn ist mit dem Auerhuhn nahe verwandt.               |                         | a direction before an adjective points nowhere
      Die Basis liegt bei Iruma nahe Tokio.                          | Iruma, Tokio            | a direction before a name
      Sie besiegten University College Dublin.                       |                         | an English house of learning before its town
      Der Laden liegt in der Rue du Faubourg Saint-Honoré.           | Rue du Faubourg Saint-Honoré | a street's name runs on over capitalised foreign words
      Zwischen Mittweida und Ringethal fuhr er.                      | Mittweida, Ringethal    | an unknown name joined to a place is one
      """)
  void eachSentenceGivesExactlyThesePlaces(String sentence, String places, String why) {
    assertEquals(places == null ? List.of() : List.of(places.split(",\\s*")), extract(ALL, sentence).locationNames(), why);
  }

  @Test
  void anAbbreviationInBracketsIsAPlaceAfterAPlaceOrAnUnknownName() {
    assertEquals(List.of("Heidelberg"), extract(ALL, "Er vertritt mit der Hoerner Bank (Heidelberg) die Erben.").locationNames());
  }

  @Test
  void aPlacesGenitiveAfterAnOrganisationsKindStaysThePlace() {
    assertEquals(List.of("Chile"), extract(ALL, "Die LGBT-Bewegung Chiles begrüßte das Gesetz.").locationNames());
  }

  @Test
  void aPlacesGenitiveBesideAnEnglishTitleStaysThePlace() {
    assertEquals(List.of("Hongkong"), extract(ALL, "Jeder künftige Chief Executive Hongkongs muss das Land lieben.").locationNames());
    assertEquals(List.of("Hongkong"), extract(ALL, "Als Hongkongs Chief Executive trat er zurück.").locationNames());
  }

  @Test
  void aListOfNamesThatAreNoPlacesMakesNoPlaceOfItsMembers() {
    assertEquals(List.of("Kärnten"), extract(ALL, "Es zahlen die Alteigentümer BayernLB, Kärnten und Grawe.").locationNames(),
        "a brand in the list: the unknown name joined to it is no place");
    assertEquals(List.of("Kärnten", "Grawe"), extract(ALL.withLocationRulesOff(EnumSet.of(LocationRule.LIST_OF_OTHER_NAMES)),
        "Es zahlen die Alteigentümer BayernLB, Kärnten und Grawe.").locationNames());
    assertEquals(List.of("Neuhaus", "Simbach", "Wegscheid"),
        extract(ALL, "Sie kamen über Neuhaus am Inn, Simbach und Wegscheid.").locationNames(),
        "a place's name with a small word inside is one member of the list");
    assertEquals(List.of("Wien", "Kyōto", "Hitachi"), extract(ALL, "Sie reisten nach Wien, Kyoto und Hitachi.").locationNames(),
        "a list of places");
    assertEquals(List.of("Europa"), extract(ALL, "Es gibt die Marken Dongfeng, BYD, Great Wall und Qoros in Europa.").locationNames(),
        "the place after the list's last name is no member of it");
  }

  @Test
  void aTownNamedLikeANounIsThatNounAfterAnArticleAndAnAdjective() {
    assertEquals(List.of(), extract(ALL, "St. Pölten hat das niederösterreichische Derby gewonnen.").locationNames()
        .stream().filter("Derby"::equals).toList());
    assertEquals(List.of("Wien"), extract(ALL, "Er liebte das alte Wien.").locationNames());
    assertEquals(List.of(), extract(ALL, "Man nannte ihn den neuen Darwin der Humanwissenschaften.").locationNames(),
        "a town's name is neuter: after a masculine article it is a person's");
    assertEquals(List.of(), extract(ALL, "Der junge Darwin reiste.").locationNames());
  }

  @Test
  void aCompoundOfAShortNounAndAnOrdinaryNounIsNoPlace() {
    assertEquals(List.of(), extract(ALL, "Die Einnahmen aus Ölvorkommen steigen.").locationNames());
    assertEquals(List.of(), extract(ALL, "Er spielte schon mit In Extremo.").locationNames(), "a Latin phrase");
    assertEquals(List.of(), extract(ALL, "Sie zahlen die Kredite in Zloty zurück.").locationNames(), "a currency");
    assertEquals(List.of(), extract(ALL, "Das dauert bis zum Sankt Nimmerleinstag.").locationNames(), "a saint's day");
    assertEquals(List.of("Xinjiang"), extract(ALL, "Unruhen gab es im Uigurischen Autonomen Gebiet Xinjiang.").locationNames(),
        "an inflected adjective in -isch");
  }

  @Test
  void aNameIntroducedAsAVesselIsThatVesselThroughoutTheArticleButInAPlacesSlot() {
    assertEquals(List.of(), extract(ALL, "Die Raumsonde Rosetta fliegt weiter. Nun soll Rosetta über dem Lander stehen.")
        .locationNames());
    assertEquals(List.of("Rosette"), extract(ALL, "Die Raumsonde Rosetta fliegt weiter. Er wohnt in Rosetta.")
        .locationNames());
    assertEquals(List.of(), extract(ALL, "Die Raumsonde Rosetta fliegt weiter. Das Rosetta-Team hofft.").locationNames(),
        "a town whose German name is a word (Rosette) named in a compound only");
  }

  @Test
  void aPlacesGenitiveAfterAWorksNounIsItsOwnerNoTitle() {
    assertEquals(List.of("Kuba"), extract(ALL, "Das ist die diplomatische Mission Kubas.").locationNames());
  }

  @Test
  void anUnknownNameAfterAPlaceIsNoPlaceInAnAppositionOrBeforeANameParticle() {
    assertEquals(List.of("Griechenland"),
        extract(ALL, "Es sprach der Erzbischof ganz Griechenlands, Christodoulos, zuerst.").locationNames());
    assertEquals(List.of("Mecklenburg-Vorpommern"),
        extract(ALL, "Der Agrarexperte im Land Mecklenburg-Vorpommern, Henning von Storch, lehnte ab.").locationNames());
    assertEquals(List.of("Wien", "Linz", "Mödritz"), extract(ALL, "Sie fuhren nach Wien, Linz und Mödritz zu Freunden.")
        .locationNames(), "a list of places goes on");
  }

  @Test
  void anAustrianAbbreviatedTownNameIsThatTown() {
    assertEquals(List.of("Wiener Neustadt"), extract(ALL, "Er wohnt in Wr. Neustadt.").locationNames());
  }

  @Test
  void aSlashPairTakesTheWholeSecondName() {
    assertEquals(List.of("New York", "San Juan"),
        extract(ALL, "New York/San Juan – Das hoch verschuldete Territorium bittet um Hilfe.").locationNames());
  }

  @Test
  void aRoleBeforeATownMakesAPersonUnlessAPrepositionGovernsTheRole() {
    assertEquals(List.of(), extract(ALL, "Sultan Qabus regiert seit 1970.").locationNames());
    assertEquals(List.of("Linz"), extract(ALL, "Er sitzt im Bank-Vorstand Linz.").locationNames());
    assertEquals(List.of("Athen"), extract(ALL, "Die Außenminister Athens trafen sich.").locationNames());
  }

  @org.junit.jupiter.api.Test
  void aTownAfterGegenInAMatchReportIsTheTeamEvenWithoutAScoreInItsSentence() {
    assertEquals(List.of(), extract(ALL, "Bayern gewann 2:0. Am Samstag geht es gegen Mönchengladbach.").locationNames()
        .stream().filter("Mönchengladbach"::equals).toList());
    assertEquals(List.of("Mönchengladbach"), extract(ALL, "Am Samstag protestierten sie gegen Mönchengladbach.")
        .locationNames());
  }

  @Test
  void aTownAfterBeiInAMatchReportIsTheTeamVisited() {
    assertEquals(List.of(), extract(ALL, "Grödig wartet seit einem 2:0-Erfolg bei Mattersburg auf einen Sieg.").locationNames());
    assertEquals(List.of("Mattersburg"), extract(ALL, "Das Dorf liegt bei Mattersburg.").locationNames());
  }

  @Test
  void aTownAfterATransferOrBeiIsAClubOnlyInAnArticleOnTeamSport() {
    assertEquals(List.of("Augsburg"), extract(ALL, "Danach wechselte er nach Augsburg.").locationNames(),
        "no score and no two players' or coaches' roles: no article on team sport");
    assertEquals(List.of("Versailles", "Paris"),
        extract(ALL, "Der Stürmer und sein Trainer wohnen in Versailles bei Paris.").locationNames(),
        "after a name, bei is near");
  }

  @Test
  void aCountryAMatchReportNamesAsATeamIsTheTeamThroughoutIt() {
    assertEquals(List.of(), extract(ALL, "Die Briten feiern den 6:0-Sieg über San Marino. Der Fußballzwerg San Marino wehrte sich kaum.")
        .locationNames());
    assertEquals(List.of("Österreich"),
        extract(ALL, "Das fordert der Verkehrsclub Österreich. So sollte sich Österreich für eine Maut einsetzen.").locationNames(),
        "no match report: a club's name is an organisation's, and the country stays a place elsewhere");
  }

  @Test
  void aCountryBeforeAScoreIsAPlaceAfterAPlacesPrepositionAndATimeIsNoScore() {
    assertEquals(List.of("Serbien"), extract(ALL, "Er schlug Dusan Lajovic aus Serbien 6:4, 6:2.").locationNames());
    assertEquals(List.of("Hannover"), extract(ALL, "Sie brauchte 2:47 Stunden. Hannover holte den Preis.").locationNames(),
        "a time is no score: no match report");
  }

  @Test
  void aTownOpeningAClauseBeforeItsVerbInAMatchReportIsTheTeam() {
    String report = "Das Spiel endete 2:0. Hannover holte im Herbst nur 14 Punkte, Ingolstadt folgt auf Platz fünf.";
    assertEquals(List.of(), extract(ALL, report).locationNames());
    assertEquals(List.of("Hannover", "Ingolstadt"),
        extract(ALL.withLocationRulesOff(EnumSet.of(LocationRule.SPORTS_TEAM)), report).locationNames());
    assertEquals(List.of("Chile"), extract(ALL, "Chile siegte 4:1 in Chile. Argentinien steht damit mit leeren Händen da.")
        .locationNames(), "a country opening a clause in a match report is its team");
    // Without a score anywhere the town stays a place; after a preposition or before a conjunction too.
    assertEquals(List.of("Hannover"), extract(ALL, "Hannover holte im Herbst den Preis.").locationNames());
    assertEquals(List.of("Hannover", "Wien"),
        extract(ALL, "Es stand 1:0. In Hannover regnete es, Wien und Graz blieben trocken.").locationNames().stream()
            .filter(n -> !n.equals("Graz")).toList());
  }

  @Test
  void aTownAnArticleNamesAsATeamIsTheTeamElsewhereButInAPlacesSlot() {
    assertEquals(List.of("Ingolstadt"),
        extract(ALL, "Der FC Ingolstadt siegte 1:0. Ingolstadts Trainer jubelte, in Ingolstadt feierten die Fans.")
            .locationNames(), "after a place preposition the town stays a place");
    assertEquals(List.of(), extract(ALL, "Hannover 96 verlor 0:1. Hannover holte nur 14 Punkte.").locationNames());
    assertEquals(List.of("Wien"), extract(ALL, "Wien – Rapid Wien gewann 2:0.").locationNames(), "a dateline is a place");
    assertEquals(List.of("Salzburg"), extract(ALL, "Der Titel ist fix. Salzburg – Der Meister heißt Salzburg, es stand 2:0.")
        .locationNames(), "also after the lead, in the same paragraph");
    assertEquals(List.of("Wien"), extract(ALL, "Österreich – Moldau 1:0 (0:0). Wien, Ernst-Happel-Stadion, 48.500 Zuschauer.")
        .locationNames().stream().filter("Wien"::equals).toList(), "the venue of a match is a place");
    // A club's name outside a match report, or a number after a town that is no club's, makes no team.
    assertEquals(List.of(), extract(ALL, "Im Rückspiel verteidigt Benfica Lissabon ein 1:0.").locationNames());
    assertEquals(List.of("Lustenau"),
        extract(ALL, "Der FC Lustenau nahm Flüchtlinge auf. Lustenau hat 22.000 Einwohner.").locationNames());
    assertEquals(List.of("Wien"),
        extract(ALL, "Es stand 2:0. So besuchten in Wien 53 Prozent die AHS. Wien liegt vorn.").locationNames());
  }

  @Test
  void aTownsGenitiveStaysAPlaceBeforeANounOrAName() {
    assertEquals(List.of("Tokio", "Wien", "Dänemark"),
        extract(ALL, "Tokios Bürgermeister kam. Wiens Gesundheitsstadträtin Sonja Wehsely sprach. Dänemarks Pione Sisto spielte.")
            .locationNames());
  }

  @Test
  void aTownNamedOnlyInCompoundsIsNoPlaceOfTheArticleButACountryIs() {
    assertEquals(List.of(), extract(ALL, "Der Zagreb-Spieler wurde gesperrt.").locationNames());
    assertEquals(List.of("Zagreb"),
        extract(ALL.withLocationRulesOff(EnumSet.of(LocationRule.TOWN_ONLY_IN_COMPOUNDS)), "Der Zagreb-Spieler wurde gesperrt.")
            .locationNames());
    assertEquals(List.of("USA"), extract(ALL, "Der US-Präsident kam.").locationNames());
    assertEquals(List.of("Zagreb"), extract(ALL, "In Zagreb jubelten die Zagreb-Fans.").locationNames());
  }

  @Test
  void aCompoundOfOrdinaryWordsIsNoPlaceAfterAPreposition() {
    assertEquals(List.of(), extract(ALL, "Er will jetzt in Schutzmaßnahmen für Geier investieren.").locationNames());
    assertEquals(List.of(), extract(ALL, "Sie persiflierte es in Videoperformances.").locationNames(), "an English tail");
    assertEquals(List.of(), extract(ALL, "Er kanalisiert das meist in Mid- und Uptempo-Songs.").locationNames(),
        "the first part of a compound whose end the next word shares");
    assertEquals(List.of(), extract(ALL, "Dateien kommen direkt aus OneDrive, der Fehler steckt in WhatsApp.").locationNames(),
        "a capital inside a word marks a brand");
    assertEquals(List.of("McAllen"), extract(ALL, "Sie kam aus McAllen.").locationNames());
    assertEquals(List.of("Essen"), extract(ALL, "In Essen und Umgebung regnete es.").locationNames());
    assertEquals(List.of(), extract(ALL, "Das dauert, heißt es in Sofioter Justizkreisen.")
        .locationNames(), "a place's adjective in -er before a noun is no name");
    Extraction ischl = extract(ALL, "Der Bad Ischler Dialog tagt.");
    assertEquals(List.of("Bad Ischl"), ischl.locationNames(), "a known town's adjective names the town");
    assertEquals(Mention.Kind.DERIVED, ischl.locations().getFirst().mentions().getFirst().kind());
    assertEquals(List.of("Russland"),
        extract(ALL, "Die Sanktionen gegen Russland bleiben. Im Spiel gegen Kolumbien traf er.").locationNames(),
        "a country after a match noun is its national team (GermEval marks it as the place; the facet does not)");
    assertEquals(List.of(), extract(ALL, "Im Kampf um einen Europacupplatz helfen Milan sechs Spiele.").locationNames(),
        "a street's name takes no indefinite article");
    assertEquals(List.of("Salzburg"), extract(ALL, "Die Favoriten Salzburg und Rapid patzten.").locationNames(),
        "a club's word joins no list of places");
    assertEquals(List.of("Süditalien", "Italien"), extract(ALL, "Die Migranten trafen in Süditalien ein.").locationNames());
  }

  @Test
  void aLoanNounByItsGreekEndingIsNoPlaceAfterAPreposition() {
    assertEquals(List.of(), extract(ALL, "Sie las aus Biografien und suchte nach Kinderpornografie.").locationNames());
    assertEquals(List.of("Elbrinxen"), extract(ALL, "Sie kam aus Elbrinxen.").locationNames());
  }

  @Test
  void aGivenNameIsNoGenitiveOfATownAndASuperlativeNoPlacesAdjective() {
    assertEquals(List.of(), extract(ALL, "Zudem wollte er mit seinem Cousin Jonas einen Anschlag verüben.").locationNames());
    assertEquals(List.of(), extract(ALL, "Er gewann den Preis als Bester Hauptdarsteller.").locationNames());
    assertEquals(List.of("China"), extract(ALL, "Chinas Präsident reiste ab.").locationNames());
  }

  @Test
  void aTownBeforeAPlayersRoleOrACompetitionInACompoundIsATeam() {
    assertEquals(List.of(), extract(ALL, "Der Stoke-Profi traf, Graz-Coach Foda jubelte in der Europa-League.").locationNames());
    assertEquals(List.of("USA"), extract(ALL, "Der US-Präsident reiste ab.").locationNames());
  }

  @Test
  void aStateNamedWithANounThatHasItsArticleKeepsItsArticle() {
    assertEquals(List.of("Burgenland", "Steiermark", "Aargau"),
        extract(ALL, "Er wohnt im Burgenland. Sie lebt in der Steiermark. Beide arbeiten im Aargau.").locationNames());
  }

  @Test
  void aPlaceBeforeAFirmsLegalFormIsPartOfTheFirmsName() {
    assertEquals(List.of(), extract(ALL, "Die Wirtschaft Burgenland AG fördert Betriebe.").locationNames());
    assertEquals(List.of("Amstetten"),
        extract(ALL, "Über das Vermögen der Firma Limbach Installtec GmbH aus Amstetten wurde entschieden.").locationNames());
    // Not throughout the article: towns and states name their utilities ("Linz AG", "Wirtschaft
    // Burgenland AG") in articles about the town or the state ("das Land Burgenland").
    assertEquals(List.of("Burgenland"), extract(ALL,
        "Die Wirtschaft Burgenland AG hat veranlagt. Das Land Burgenland trägt das Risiko.").locationNames());
    assertEquals(List.of("Graz"), extract(ALL, "Die Firma sitzt in Graz. AG und GmbH sind Rechtsformen.").locationNames(),
        "not across a sentence's end");
  }

  @Test
  void aPlaceBeforeACurrencyInACompoundNamesTheCurrency() {
    assertEquals(List.of(), extract(ALL, "Die Strafe beträgt 10.000 US-Dollar.").locationNames());
    assertEquals(List.of(), extract(ALL, "Der Kurs des Kanada-Dollar fiel.").locationNames());
    assertEquals(List.of("USA"), extract(ALL, "Die US-Regierung zahlt in Dollar.").locationNames());
  }

  @Test
  void anArticleAfterACommaMakesAnOrdinaryNounOfATownsName() {
    assertEquals(List.of(), extract(ALL, "Er sagte zur APA, die Halle werde als Quartier genutzt.").locationNames());
    assertEquals(List.of("Ukraine"), extract(ALL, "Er sagte, die Ukraine werde siegen.").locationNames());
  }

  @Test
  void aWordThatOpensClubsNamesIsNoPlaceBeforeACity() {
    String sentence = "Sparta Prag verlor am Samstag.";
    assertFalse(extract(ALL, sentence).locationNames().contains("Sparta"));
    assertTrue(extract(ALL.withLocationRulesOff(EnumSet.of(LocationRule.NAME_AFTER)), sentence).locationNames()
        .contains("Sparta"));
  }

  @Test
  void aCountryAfterAWorkNounAndACommaStaysAPlace() {
    assertEquals(List.of("USA"), extract(ALL, "Der unsichtbare Dritte, Thriller, USA 1959, ARD.").locationNames());
  }

  @org.junit.jupiter.api.Test
  void aTimeOfDayIsNoScoreAndATownInAMatchWithoutOneStaysAPlace() {
    assertEquals(List.of("Dortmund"), extract(ALL, "Um 15:30 Uhr schlägt Dortmund Alarm.").locationNames());
    assertEquals(List.of("Bremen"), extract(ALL, "Der Sieg von Ingolstadt in Bremen kam spät.").locationNames()
        .stream().filter("Bremen"::equals).toList());
  }

  @Test
  void aStreetEndingInsideALongerWordMakesNoStreet() {
    // "Verkäufer" ends in "käufer", not in the river bank "ufer" that "Murufer" ends in.
    assertEquals(List.of("Murufer"),
        extract(ALL, "Sie spazierten am Murufer entlang, die Verkäufer und Onlinekäufer warteten.").locationNames());
  }

  @Test
  void aStatesNameBeforeACitysNamesAClubNotTheState() {
    String sentence = "Hessen Kassel verlor am Samstag gegen Erfurt.";
    assertFalse(extract(ALL, sentence).locationNames().contains("Hessen"));
    assertTrue(extract(ALL.withLocationRulesOff(EnumSet.of(LocationRule.NAME_AFTER)), sentence).locationNames()
        .contains("Hessen"));
  }

  @Test
  void anAdjectiveMadeFromAPersonsNameIsNoPlace() {
    assertEquals(List.of(), extract(ALL, "Der Chip rechnet nach Hebb'schem Prinzip.").locationNames());
    assertEquals(List.of(), extract(ALL, "Sie las aus Grimm’schen Märchen.").locationNames());
  }

  @Test
  void anUnknownNameInAPlacesSlotGoesOnOverARomanceParticle() {
    String sentence = "Das Flugzeug verschwand über der Stadt Burguillos del Cerro.";
    assertEquals(List.of("Burguillos del Cerro"), extract(ALL, sentence).locationNames());
    assertEquals(List.of("Burguillos"),
        extract(ALL.withLocationRulesOff(EnumSet.of(LocationRule.MULTI_WORD_NAME)), sentence).locationNames());
  }

  @Test
  void aVenueGluedToTheWordBeforeItIsNoName() {
    // A line break lost between "SK Sturm Graz" and "Goldberg-Stadion".
    assertFalse(extract(ALL, "Samstag SV Grödig – SK Sturm GrazGoldberg-Stadion, 16 Uhr.").locationNames()
        .contains("GrazGoldberg-Stadion"));
    assertEquals(List.of("Ernst-Happel-Stadion", "UPC-Arena"),
        extract(ALL, "Sie spielen im Ernst-Happel-Stadion und in der UPC-Arena.").locationNames());
  }

  @Test
  void aRegionNamedLikeItsPeopleAfterDieOrDenIsThePeople() {
    assertEquals(List.of(), extract(ALL, "Die Schwaben feierten mit einem 1:0 den ersten Sieg.").locationNames());
    assertEquals(List.of(), extract(ALL, "Gestern gewannen die Oberbayern 2:0.").locationNames());
    assertEquals(List.of(), extract(ALL, "Schalke liegt zwei Punkte hinter den Schwaben.").locationNames().stream()
        .filter("Schwaben"::equals).toList());
    assertEquals(List.of("Alpen"), extract(ALL, "Sie wandern in den Alpen.").locationNames());
    assertEquals(List.of("Oberbayern"), extract(ALL, "Das Wetter in Oberbayern ist schön.").locationNames());
    assertEquals(List.of("Pfalz", "Steiermark", "Alpen"),
        extract(ALL, "Sie reisten in die Pfalz, die Steiermark und die Alpen.").locationNames(),
        "a feminine region or a plural name takes the article as a place");
    String sentence = "Die Schwaben feierten den Sieg.";
    assertEquals(List.of("Schwaben"),
        extract(ALL.withLocationRulesOff(EnumSet.of(LocationRule.ARTICLE_BEFORE)), sentence).locationNames());
  }

  @Test
  void aTownAfterAnUnlistedGivenNameIsAFamilyNameWhenARoleOrAMatchMinuteSaysSo() {
    assertEquals(List.of(), extract(ALL, "Der Stürmer Enner Valencia traf doppelt.").locationNames());
    assertEquals(List.of("Quito"),
        extract(ALL, "Miller Bolanos (27.) und Enner Valencia (57.) trafen in Quito.").locationNames());
    assertEquals(List.of(), extract(ALL, "Der Quarterback Cam Newton jubelte. Es gelte Druck auf Newton auszuüben.")
        .locationNames(), "the person elsewhere in the article too");
    assertEquals(List.of("Newton"),
        extract(ALL, "Der Quarterback Cam Newton jubelte. Das Spiel fand in Newton statt.").locationNames(),
        "but after a place's preposition");
    assertEquals(List.of("Wiener Neustadt"), extract(ALL, "Der Bürgermeister von Wiener Neustadt lud ein.").locationNames());
  }

  @Test
  void platzMachenIsAnIdiomNoSquare() {
    assertEquals(List.of(), extract(ALL, "Der Keeper musste einem weiteren Feldspieler Platz machen.").locationNames());
    assertEquals(List.of("Schottenfelder Platz"), extract(ALL, "Sie wohnt am Schottenfelder Platz.").locationNames());
  }

  @Test
  void aFraternityOrFirmByItsKindNamesNoPlace() {
    assertEquals(List.of(), extract(ALL, "Er ist Mitglied der Burschenschaft Vandalia.").locationNames());
    assertEquals(List.of(), extract(ALL, "Großaktionär wurde der chinesische Autohersteller Dongfeng.").locationNames());
    assertEquals(List.of("Vandalia"), extract(ALL, "Er wohnt in Vandalia.").locationNames());
  }

  @Test
  void aLineUpNamesPlayersAndItsTeamNoPlaces() {
    String report = "Salzburg gewann 2:0 in Wien. Tore: 1:0 (51.) Ulmer, 2:0 (89.) Hinteregger\n"
        + "Salzburg: C. Stankovic – Schmitz, Miranda, Hinteregger, Ulmer – Atanga (92. Lainer), Keita, Leitgeb – Soriano\n";
    assertEquals(List.of("Wien"), extract(ALL, report).locationNames());
    assertEquals(List.of("Wien", "Istanbul"), extract(ALL, "Salzburg gewann 2:0 in Wien. Dazu: Nach dem Spiel – so hieß es – "
        + "reisten sie, müde, zufrieden, stolz, nach Istanbul (92. Minute war vorbei) – und schliefen.").locationNames(),
        "prose after a colon is no line-up");
  }

  @Test
  void aSmallTownNamedOnlyLikeAFamilyNameIsThePersonOutsideAPlacesSlot() {
    assertEquals(List.of(), extract(ALL, "Obama will das Lager schließen.").locationNames());
    assertEquals(List.of(), extract(ALL, "Kant und Kierkegaard liefern die Vorlagen.").locationNames());
    assertEquals(List.of("Roth"), extract(ALL, "Die Fabrik steht in Roth.").locationNames());
    assertEquals(List.of("Houston"), extract(ALL, "Houston hat über zwei Millionen Einwohner.").locationNames(),
        "a large city stays");
    assertEquals(List.of("Obama"),
        extract(ALL.withLocationRulesOff(EnumSet.of(LocationRule.PERSON_NAME)), "Obama will das Lager schließen.").locationNames());
  }

  @Test
  void aTownNamedLikeAFunctionWordIsThatWordOutsideAPlacesSlot() {
    assertEquals(List.of(), extract(ALL, "Allen gemeinsam ist: Sie sollen helfen.").locationNames());
    assertEquals(List.of("Allen", "Texas"), extract(ALL, "Sie fuhren nach Allen in Texas.").locationNames());
  }

  @Test
  void aWordInCapitalsInsideOrdinaryTextIsAnAcronymNoTownInHeadlineCase() {
    assertEquals(List.of(), extract(ALL, "Das sagt die Ärztin von ADRA (Adventist Development and Relief Agency).")
        .locationNames());
    assertEquals(List.of("Tokio"), extract(ALL, "TOKIO – Die Börse stieg.").locationNames());
    assertEquals(List.of("Tokio"), extract(ALL, "DAS WETTER IN TOKIO IST SCHÖN.").locationNames());
  }

  @Test
  void aLatinWordOfAPhraseWithInIsNoPlace() {
    assertEquals(List.of(), extract(ALL, "Sie unterscheiden sich in Puncto Atmosphäre.").locationNames());
    assertEquals(List.of(), extract(ALL, "Er spielte im Rockensemble In Spe.").locationNames());
  }

  @Test
  void genitivesListsAndFamilyNamesInTheirGrammaticalPlace() {
    assertEquals(List.of(), extract(ALL, "Karas habe daraufhin geantwortet.").locationNames(),
        "an -s word opening a sentence before a verb belongs to no noun: a name");
    assertEquals(List.of("Hannover"), extract(ALL, "Hannovers damaliger Oberbürgermeister gab nach.").locationNames());
    assertEquals(List.of(), extract(ALL, "Unklar ist, wohin Obamas Öffnungspolitik führt.").locationNames(),
        "a family name's genitive too");
    assertEquals(List.of(), extract(ALL, "Dort verteilte sie Essen, Decken, Zahnbürsten und Seife.").locationNames(),
        "a word at the head of a list of common nouns");
  }

  @Test
  void aVenueAfterAnIndefiniteArticleIsNoName() {
    assertEquals(List.of(), extract(ALL, "Die Reise endet in einer Taekwondo-Halle.").locationNames());
    assertEquals(List.of("Ernst-Happel-Stadion"), extract(ALL, "Die Reise endet im Ernst-Happel-Stadion.").locationNames());
  }

  @Test
  void anotherLanguagesStreetWordOpensTheStreetsName() {
    assertEquals(List.of("Rue Saint-Benoît"), extract(ALL, "Vor einem Lokal in der Rue Saint-Benoît halte ich inne.").locationNames());
    assertEquals(List.of("Piazza del Popolo"), extract(ALL, "Sie trafen sich auf der Piazza del Popolo.").locationNames());
    assertEquals(List.of(), extract(ALL, "Via Kurier machte sich die Ministerin Luft.").locationNames(),
        "opening a clause, via is the German preposition");
  }

  @Test
  void aScoreNeedsDigitsOnBothSidesOfTheColon() {
    assertTrue(SportsTeams.digitsAroundColon("Das Spiel endete 3:1."));
    assertTrue(SportsTeams.digitsAroundColon("Sie sagte: 2:0 reicht."), "a colon before it does not hide it");
    assertFalse(SportsTeams.digitsAroundColon("Er sagte: 3 Tore."));
    assertFalse(SportsTeams.digitsAroundColon("Stand 3:"), "a colon at the end");
    assertFalse(SportsTeams.digitsAroundColon(":1"), "a colon at the start");
    assertFalse(SportsTeams.digitsAroundColon("Sieg ٣:١"), "digits of other scripts, as a regular expression's \\d");
  }
}
