package de.presseschau.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.presseschau.read.Article;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Speakers: a sentence in, the people it quotes out. */
class SpeakersTest {

  private static final Extractor EXTRACTOR = Extractor.load();

  private static Extraction extract(String text) {
    return EXTRACTOR.extract(Article.of("t", "", text));
  }

  private static List<String> speakers(String text) {
    return extract(text).speakerNames();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Nato-Generalsekretär Jens Stoltenberg sagte am Montag, die Lage sei ernst.                     | Jens Stoltenberg
      „Die Lage ist ernst“, sagte Stoltenberg.                                                         | Stoltenberg
      „Die Lage ist ernst“, betonte Herr Stoltenberg der Zeitung.                                      | Stoltenberg
      Stoltenberg hat am Montag gesagt, die Lage sei ernst.                                            | Stoltenberg
      Die Lage sei ernst, erklärte Kanzlerin Angela Merkel in Berlin.                                  | Angela Merkel
      Angela Merkel teilte am Abend mit, sie werde nicht kandidieren.                                  | Angela Merkel
      Das gab Bundestrainer Joachim Löw am Freitag bekannt.                                             | Joachim Löw
      Man müsse handeln, fügte Olaf Scholz hinzu.                                                       | Olaf Scholz
      Olaf Scholz wies darauf hin, dass die Zeit dränge.                                                | Olaf Scholz
      Laut Kanzleramtschef Wolfgang Schmidt ist die Sache erledigt.                                     | Wolfgang Schmidt
      Wolfgang Schmidt zufolge ist die Sache erledigt.                                                  | Wolfgang Schmidt
      Nach Angaben von Innenministerin Nancy Faeser wurden zwei Männer festgenommen.                    | Nancy Faeser
      Die Lage sei ernst, so Außenministerin Annalena Baerbock.                                         | Annalena Baerbock
      Wie Polizeisprecher Thomas Neuendorf mitteilte, wurde niemand verletzt.                           | Thomas Neuendorf
      Annalena Baerbock: „Wir stehen an der Seite der Ukraine.“                                         | Annalena Baerbock
      Dina Mufti, Sprecher des äthiopischen Außenministeriums, sagte, die Gespräche gingen weiter.       | Dina Mufti
      Südkorea eröffnet eine Mission, gab der Nationale Sicherheitsberater des Landes, Kim Sung-han, am Mittwoch bekannt. | Kim Sung-han
      Ein Sprecher der Polizei, Lars Beringer, sagte, der Täter sei gefasst.                            | Lars Beringer
      Der Verteidigungsminister Franz Josef Jung (CDU) kündigte indes an, das Thema anzusprechen.       | Franz Josef Jung
      Günter Metzges vom Netzwerk Campact ist der Meinung, dass die Klage scheitert.                    | Günter Metzges
      Punklady Nina Hagen zur neuen Heimat: „Die meisten Sachen sind schon umgezogen.“                 | Nina Hagen
      New Yorks Bürgermeister Michael Bloomberg kritisierte den Plan offen.                              | Michael Bloomberg
      Der US-amerikanische Linksintellektuelle Noam Chomsky meinte dazu, es sei gut.                     | Noam Chomsky
      Die Anwendung stellte der SPD-Vorsitzende Franz Müller ebenfalls in Frage: „Das geht nicht.“      | Franz Müller
      Den Unmut brachte die Sprecherin der Fraktion, Annette Widmann-Mauz, zum Ausdruck: „Nein.“         | Annette Widmann-Mauz
      Auch Winfried Hassemer, Papiers Stellvertreter, glaubt, dass es geht.                              | Winfried Hassemer
      „Das war ein Fehler“, hieß es vom Sprecher Mark Toner.                                             | Mark Toner
      Dagegen ist Angela Merkel der Auffassung, das gehe nicht.                                          | Angela Merkel
      Louis Michel, der sich seit Mittwoch in Myanmar aufhält, sagte, die Junta müsse das Land öffnen.   | Louis Michel
      Wie Norman Paech, der als Beobachter in Atlanta anwesend war, dazu feststellt, sei das falsch.     | Norman Paech
      Jim DeMint, ein Mitglied des Repräsentantenhauses, wollte sich nicht festlegen, sagte aber, er sei offen. | Jim DeMint
      Einer der Putschisten, Harouna Djibrilla Adamou, dankte den Menschen und ergänzte, man werde wählen. | Harouna Djibrilla Adamou
      Zudem ist Angela Merkel überzeugt, dass es klappt.                                                 | Angela Merkel
      Für Bildungssenator Willi Lemke (SPD) ist die Beschäftigung kein Problem.                          | Willi Lemke
      Der englischsprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten.“               | Filep Karma
      Dem Magazin Business Insider sagte Kristina Mena, das Projekt laufe weiter.                          | Kristina Mena
      In einer Stellungnahme von Innenminister Otto Schily hieß es, man prüfe den Fall.                  | Otto Schily
      Kritik kam von Gerhard Schröder: „Das ist ein Fehler.“                                             | Gerhard Schröder
      „Es wird klappen“, ist sich Angela Merkel sicher.                                                  | Angela Merkel
      „Wir schaffen das“, gab sich Angela Merkel zuversichtlich.                                         | Angela Merkel
      „Wir schaffen das“, lautete die Antwort von Angela Merkel.                                         | Angela Merkel
      Angela Merkel setzte hinzu, es werde klappen.                                                      | Angela Merkel
      Die 45-jährige Tegaye Mununhe sagte, die Lage sei ernst.                                           | Tegaye Mununhe
      Eine Anwohnerin, Tegaye Mununhe, sagte, die Lage sei ernst.                                        | Tegaye Mununhe
      Hilda Morales Trujillo spricht davon, dass Gewalt ein Problem sei.                                | Hilda Morales Trujillo
      Der Doktorvater zu Guttenbergs, Peter Häberle, erklärte in einem Interview, er sei entsetzt.       | Peter Häberle
      Houcine Abassi, der Generalsekretär des Verbandes Union Générale Tunisienne du Travail (UGIT) sagte: „Gut.“ | Houcine Abassi
      Die Lage sei ernst, so Außenministerin Annalena Baerbock weiter.                                   | Annalena Baerbock
      „Die Lage ist ernst“, so Annalena Baerbock sinngemäß.                                             | Annalena Baerbock
      Die Lage ist laut Aussage von Annalena Baerbock ernst.                                             | Annalena Baerbock
      Von Angela Merkel hieß es, man schaffe das.                                                        | Angela Merkel
      Von Angela Merkel wurde erklärt, man schaffe das.                                                  | Angela Merkel
      Hans Kluge, Ordnungsdezernent der Stadt Cottbus, sprach von einer Gefahr.                         | Hans Kluge
      Stanislaw Tillich (CDU), amtierender sächsischer Ministerpräsident, spricht offen über eine Koalition. | Stanislaw Tillich
      „Das wird das größte Update aller Zeiten“, zitiert die „Computerwoche“ Kevin Lynch in einem Bericht. | Kevin Lynch
      „Das ist eine Größenordnung“, zitiert ndr.de Polizeisprecher Ralf Meyer.                         | Ralf Meyer
      Dies gab heute – nach eingehenden Untersuchungen – Professor Bernd Hillemeier bekannt.            | Bernd Hillemeier
      Wie die Sportzeitung berichtete, soll Trainer Brzezinski zu Domenech gesagt haben: „Nein.“        | Brzezinski
      Sie wisse das, hatte Trainer Brzezinski damals gesagt.                                            | Brzezinski
      Zuletzt hatte im Mai 2005 der mexikanische Präsident Vicente Fox um die Herausgabe gebeten.       | Vicente Fox
      Heute will Außenminister Jack Straw vor dem Parlament bekannt geben, dass das Verfahren ruht.    | Jack Straw
      Es geht um das Verfahren, während sich Heiko Maas zugleich für ein härteres Strafrecht ausgesprochen hatte. | Heiko Maas
      Der Weihbischof der Diözese Linz, Gerhard Maria Wagner hat Papst Benedikt XVI. gebeten, ihn abzuberufen. | Gerhard Maria Wagner
      Der ehemalige Kampfgefährte Thaksins, Newin Chidchob, wandte sich an die Anhänger: „Ich bin unschuldig.“ | Newin Chidchob
      Sie gratulierten, so der Leiter der IAEA, Mohammed ElBaradei („Mir fällt niemand ein.“), und der norwegische Ministerpräsident Jens Stoltenberg: „Der Preis kommt nicht zu früh.“ | Mohammed ElBaradei; Jens Stoltenberg
      Die Akte sei echt, sagte Archivdirektor Przemyslaw Kaminski am Donnerstag.                     | Przemyslaw Kaminski
      Der Vorstoß sei richtig, erklärte der Klimaexperte Thomas Kaiser.                               | Thomas Kaiser
      Das Urteil sei falsch, sagte Anna Richter.                                                      | Anna Richter
      Der Rabatt reiche nicht, sagte Minister Boris Tschischin.                                       | Boris Tschischin
      Das sei eine Bedrohung, sagte der General der US-Streitkräfte im Irak, General George Casey.    | George Casey
      Sonia und Willy Bogner teilten mit: „Das erschüttert uns sehr.“                                 | Sonia Bogner; Willy Bogner
      Laura und George W. Bush sagten: „Wir sind dankbar.“                                            | Laura Bush; George W. Bush
      Der Nachfolger des Airbus-Chefs Christian Streiff, Louis Gallois, hat angekündigt, es werde Stellen kosten. | Louis Gallois
      Der Vorsitzende der Partei Peter Müller, der gestern sprach, sagte, es sei gut.                | Peter Müller
      Sascha Kempf vom Institut für Kernphysik in Heidelberg erläutert die Hypothese, die geprüft wird, so: „Es gibt zwei Arten.“ | Sascha Kempf
      „Er ist die eiserne Hand im eisernen Handschuh“, so charakterisierte ihn der Gewerkschafter Bernard Aubin. | Bernard Aubin
      Innenminister Peter Krause wertete den Vorfall als „bedauerlichen Einzelfall“.                  | Peter Krause
      Der Vorsitzende der Grünen, Peter Krause, und Anna Lenz, Sprecherin für Recht, sprachen von einem „Dammbruch“. | Anna Lenz; Peter Krause
      Die in Berlin lebende Autorin Anna Lenz sagte, das sei gut.                                       | Anna Lenz
      Wie Privatdozent Dr. Karl Dittrich aus dem Forscherteam erklärte, sei das neu.                  | Karl Dittrich
      Am Rande der Sitzung nahm jetzt auch der Ministerpräsident, Karl Wolf (CDU), dazu Stellung.     | Karl Wolf
      Das sei peinlich, nahm Boxer Wladimir Klitschko klar Stellung.                                   | Wladimir Klitschko
      „Das ist gut“, sagte der seit 2005 amtierende Präsident Peter Krause.                            | Peter Krause
      """)
  void speechCuesNameTheSpeaker(String sentence, String speaker) {
    assertEquals(List.of(speaker.split("; ")), speakers(sentence));
  }

  @Test
  void peopleWhoShareAFamilyNameStayApart() {
    assertEquals(List.of("George W. Bush"),
        speakers("Die Republikaner mögen Jeb Bush. Das sei gut so, sagte George W. Bush am Montag."));
    assertEquals(List.of("Joyce Hilda Green"),
        speakers("Robert Green wohnt in Tennessee. Seine Mutter Joyce Hilda Green lebt nebenan. Wir brauchen Hilfe, sagte Green."));
    assertEquals(List.of("Hans Jörg Schelling"),
        speakers("Finanzminister Hans Jörg Schelling legte vor. Das reicht, sagte Finanzminister Hans-Jörg Schelling."),
        "the same given names, hyphenated or not");
    assertEquals(List.of("Thomas de Maizière"),
        speakers("Innenminister Thomas de Maizière kam nach Brüssel. De Maizière sagte, das sei gut."));
  }

  @Test
  void namesJoinedByUndSpeakTogether() {
    assertEquals(List.of("Özcan Mutlu", "Benedikt Lux"), speakers("Özcan Mutlu und Benedikt Lux prangerten an, dass es nicht gehe."));
  }

  @Test
  void listsOfNamesSpeakTogether() {
    assertEquals(List.of("Peter Danckert", "Max Straubinger"),
        speakers("Die Politiker Peter Danckert und Max Straubinger begründeten ihre Vorbehalte damit, dass es nicht gehe."));
    assertEquals(List.of("Anna Lührmann", "Fritz Kuhn", "Claudia Roth"),
        speakers("Anna Lührmann, Fritz Kuhn und Claudia Roth erklärten, sie seien dagegen."));
    assertEquals(List.of("Anna Lührmann", "Fritz Kuhn"), speakers("Anna Lührmann und Fritz Kuhn fordern, das Gesetz zu ändern."));
    assertEquals(List.of("Olaf Scholz", "Angela Merkel"),
        speakers("Sowohl Angela Merkel als auch Olaf Scholz betonten, man schaffe das."));
    // A comma that opens a new clause is no list.
    assertEquals(List.of("Angela Merkel"), speakers("„Gut“, sagte Angela Merkel, Gerhard Schröder sei dagegen."));
  }

  @Test
  void elidedSubjectBeforeAShortAdverbial() {
    assertEquals(List.of("Lukas Podolski"), speakers("Lukas Podolski kam nach München. "
        + "Podolski war ebenfalls anwesend und sagte bei der Gelegenheit, er freue sich."));
  }

  @Test
  void reportedSpeechInTheNextSentence() {
    assertEquals(List.of("Usman Ngom"), speakers("Der senegalesische Innenminister Usman Ngom definierte in Dakar das Ziel. "
        + "Es gehe nicht darum, die Wanderung zu verhindern."));
    // A pronoun that opens the next sentence speaks for itself; the name alone is no speaker.
    assertEquals(List.of(), speakers("Der Italiener Nicola Zingaretti unterstützt das Gesetz. "
        + "Er erklärte, mit dem Gesetz solle das Verbrechen bekämpft werden."));
    assertEquals(List.of("Horst Köhler"), speakers("Bundespräsident Horst Köhler äußerte sich am Abend. "
        + "„Wir müssen die Kluft schließen.“"));
    // Without reported speech, nothing is said.
    assertEquals(List.of(), speakers("Der senegalesische Innenminister Usman Ngom reiste nach Dakar. Dort regnete es."));
  }

  @Test
  void familyNameThatIsAlsoAPlace() {
    assertEquals(List.of("Dominic Raab"), speakers("Außenminister Dominic Raab kam nach London. „Gut“, sagte Raab."));
  }

  @Test
  void noStatementWithoutACue() {
    assertEquals(List.of(), speakers("Für Bastian Schweinsteiger war das Spiel zu Ende."));
    assertEquals(List.of(), speakers("Tennisspielerin Julia Görges gibt sich verspielt."));
  }

  @Test
  void pluralsWithUmlautAreNoNames() {
    assertEquals(List.of(), speakers("Tatsächlich spricht die Praxis bisheriger Beschlüsse des Gerichts für ein Ende des Gesetzes."));
  }

  @Test
  void shortFormsMergeIntoTheFullestName() {
    Extraction e = extract("Nato-Generalsekretär Jens Stoltenberg kam nach Seoul. „Wir müssen handeln“, sagte Herr "
        + "Stoltenberg. Stoltenbergs Reise dauert drei Tage, betonte Stoltenberg.");
    assertEquals(List.of("Jens Stoltenberg"), e.speakerNames());
    assertTrue(e.speakers().get(0).mentions().size() >= 3, e.speakers().toString());
  }

  @Test
  void aLeadingFamilyNameMergesToo() {
    assertEquals(List.of("Kim Sung-han"), speakers(
        "Das teilte Sicherheitsberater Kim Sung-han mit. „Wir werden handeln“, erklärte Kim während einer Pressekonferenz."));
  }

  @Test
  void aRoleNounStandsForTheSpeakerWithThatRole() {
    Extraction e = extract("„Wir sind bereit“, sagte NATO-Generalsekretär Jens Stoltenberg. „Das ist neu“, fügte "
        + "der Nato-Chef hinzu.");
    assertEquals(List.of("Jens Stoltenberg"), e.speakerNames());
    assertTrue(e.speakers().get(0).mentions().stream().anyMatch(m -> m.text().equals("Nato-Chef")));
  }

  @Test
  void aPronounAttachesToTheSpeakerBefore() {
    Extraction e = extract("„Wir sind bereit“, sagte Jens Stoltenberg. Die Nato werde sich auf Europa konzentrieren, "
        + "sagte er.");
    assertEquals(List.of("Jens Stoltenberg"), e.speakerNames());
    assertTrue(e.speakers().get(0).mentions().stream().anyMatch(m -> m.text().equals("er")));
  }

  @Test
  void peopleOnlyMentionedAreNoSpeakers() {
    assertEquals(List.of("Jens Stoltenberg"), speakers("In Seoul soll Stoltenberg Außenminister Park Jin treffen. "
        + "„Wir müssen handeln“, sagte Jens Stoltenberg."));
  }

  @Test
  void aNameThatOnlyQualifiesTheSpeakerIsNoSpeaker() {
    assertEquals(List.of(), speakers("Ein Sprecher von Tesla sagte, die Fabrik bleibe geschlossen."));
    assertEquals(List.of(), speakers("Demjanjuks Sohn sagte, sein Vater sei krank."));
    assertEquals(List.of(), speakers("Der Prozess sei fair gewesen, sagte Yoons Büro."));
  }

  @Test
  void aGivenNameAloneNamesThePersonItCalls() {
    // Popes and Thai politicians go by the given name.
    assertEquals(List.of("Franziskus"), speakers("Papst Franziskus empfing Journalisten. Bei dem Empfang sagte Franziskus, "
        + "dass er eine arme Kirche wolle."));
    assertEquals(List.of("Thaksin Shinawatra"), speakers("Thaksin Shinawatra lebt im Exil. Thaksin beschuldigte General "
        + "Prem, an dem Putsch mitgewirkt zu haben."));
  }

  @Test
  void aFamilyNameThatIsAlsoAGivenNameClosesTheName() {
    assertEquals(List.of("Samaan Ibrahim"), speakers("Nach Angaben des Priesters Samaan Ibrahim griffen Bewaffnete an."));
  }

  @Test
  void aGenitiveNameIsNoSpeaker() {
    assertEquals(List.of(), speakers("Der Zustand Ariel Scharons hat sich verschlechtert. Der Zustand des Premiers Ariel "
        + "Scharon ist ernst. Die Ärzte haben die Familie Scharons bereits informiert."));
  }

  @Test
  void aFamilyNameThatIsAlsoAWordCountsOnceNamedInFull() {
    assertEquals(List.of("Silvana Koch-Mehrin"), speakers("Silvana Koch-Mehrin war Abgeordnete. Sie wisse das, hatte "
        + "Koch-Mehrin damals gesagt."));
  }

  @Test
  void aPluralVerbSpeaksForNamesJoinedByUndOnly() {
    // Weak pasts in -ten come with their -te form; strong plurals are listed ("sprachen").
    assertEquals(List.of("Volker Beck", "Wolfgang Wieland"),
        speakers("Volker Beck und Wolfgang Wieland sprachen von einem „bürgerrechtlichen Dammbruch“."));
    assertEquals(List.of("Arno Grünbacher"),
        speakers("Schiessling und der SPÖ-Klubchef, Arno Grünbacher, meldeten, es gehe voran.").stream()
            .filter("Arno Grünbacher"::equals).toList());
    // A plural verb has no one person as its subject.
    assertEquals(List.of(), speakers("Weiße Farmer berichteten bereits über erste „Landnahmen“."));
    assertEquals(List.of(), speakers("Dann meldeten die Nachrichten der Tagesschau, Thorsten Feldmann rechne mit einer Verhandlung."));
  }

  @Test
  void aWordTheFullFormDictionaryKnowsOnlyAsAnOrdinaryWordIsNoName() {
    assertEquals(List.of(), speakers("Und Fortuna meinte es bei der Auslosung gut mit ihm."));
    assertEquals(List.of("Stoltenberg"), speakers("Und Stoltenberg meinte, es gehe gut."));
  }

  @Test
  void aRoleCompoundOrAnAcronymIsNoPartOfTheName() {
    assertEquals(List.of("Nadella"), speakers("Microsoft-CEO Nadella kündigte an, es werde harte Entscheidungen geben."));
    assertEquals(List.of("Manfred Wolf"), speakers("Manfred Wolf von der GPA-djp sagte, das sei das Letzte."));
    assertEquals(List.of("Martijn van Hout"), speakers("Es gab große Widerstände im ORF, sagt Martijn van Hout, sie wollten das nicht."));
    // A foreign particle joins a surname after an unlisted given name too.
    assertEquals(List.of("Staffan de Mistura"), speakers("Der UN-Sondergesandte Staffan de Mistura forderte in der Nacht, die Waffen ruhen zu lassen."));
  }

  @Test
  void makingHistoryIsNoStatement() {
    assertEquals(List.of(), speakers("Der 34-jährige Jan Frodeno schrieb damit Geschichte."));
    assertEquals(List.of(), speakers("Bei Star Trek schrieb Nichelle Nichols Geschichte."));
    assertEquals(List.of("Jan Frodeno"), speakers("Jan Frodeno schrieb, die Geschichte sei noch nicht zu Ende."));
    // "bekannte" before its noun is the adjective "known", also after a prepositional phrase.
    assertEquals(List.of(), speakers("Die aus der Serie Raumschiff Enterprise bekannte Schauspielerin Nichelle Nichols hat einen Schlaganfall erlitten."));
  }

  @Test
  void objectsAreNoSpeakers() {
    assertEquals(List.of(), speakers("Ihren Widersacher Jeremy Corbyn von der Labour Party forderte May auf, über einen "
        + "Rücktritt nachzudenken."));
    assertEquals(List.of(), speakers("Außerdem warf die Staatsanwaltschaft Kurt Ertel vor, Vorschriften verletzt zu haben."));
    // "von" after a noun names no agent of the passive.
    assertEquals(List.of(), speakers("Der Regierung unter der Führung von Recep Tayyip Erdoğan wird vorgeworfen, "
        + "Internetzugänge zu sperren."));
  }

  @Test
  void representingSomeoneIsNoStatement() {
    assertEquals(List.of(), speakers("Hailu Shawe ist Geschäftsmann, dessen Partei mit drei Sitzen im Parlament vertreten ist."));
    assertEquals(List.of("Gregor Gysi"), speakers("Gregor Gysi hatte in einem Interview die These vertreten, die Partei stagniere."));
  }

  @Test
  void ausgesprochenAsAnAdverbIsNoCue() {
    assertEquals(List.of(), speakers("Heiko Maas sieht sich als ausgesprochen guten Minister."));
  }

  @Test
  void aStanceWithoutWhatWasSaidIsNoQuotation() {
    assertEquals(List.of(), speakers("Der griechische Premierminister Kostas Karamanlis würdigte die Verdienste des Erzbischofs."));
    assertEquals(List.of(), speakers("UN-Generalsekretär Kofi Annan zeigte sich zufrieden über die Entwicklung."));
    assertEquals(List.of(), speakers("Air-France-Chef Jean-Cyril Spinetta weist die Vorwürfe der Ermittler zurück."));
    // With what was said, the same verbs quote.
    assertEquals(List.of("Kofi Annan"), speakers("UN-Generalsekretär Kofi Annan zeigte sich zufrieden, dass die Gespräche begonnen hätten."));
    assertEquals(List.of("Jean-Cyril Spinetta"), speakers("Air-France-Chef Jean-Cyril Spinetta wies die Vorwürfe zurück: „Das ist falsch.“"));
    // Verbs of speaking need no reported content.
    assertEquals(List.of("Renate Künast"), speakers("Auch die Fraktionschefin der Grünen, Renate Künast, äußerte sich kritisch."));
  }

  @Test
  void aCourtsSentenceIsNoStatement() {
    assertEquals(List.of(), speakers("Julia Timoschenko wurde gestern zu sieben Jahren Haft verurteilt."));
    assertEquals(List.of(), speakers("Julia Timoschenko zu sieben Jahren Haft verurteilt"));
  }

  @Test
  void theOneQuotedSpeaksNotTheOneNamedInTheQuotation() {
    assertEquals(List.of("Volker Ratzmann"), speakers("Der Fraktionschef der Grünen, Volker Ratzmann, wird von der "
        + "„Netzeitung“ mit den Worten zitiert: „Klaus Wowereit ist angeschlagen.“"));
  }

  @Test
  void aNameInsideAPrepositionalPhraseIsNoSubject() {
    assertEquals(List.of(), speakers("Im Prozess gegen die frühere Regierungschefin Julia Timoschenko hat die Anklage eine "
        + "Haftstrafe gefordert."));
  }

  @Test
  void declaringSomethingSoIsNoStatement() {
    assertEquals(List.of(), speakers("Der Schiedsrichter Wolfgang Stark erklärte das Tor dennoch für gültig."));
    assertEquals(List.of(), speakers("Im Jahr 2007 erklärte die US-Regierung Qasem Soleimani zum Terroristen."));
  }

  @Test
  void groupsAreNoSpeakers() {
    assertEquals(List.of(), speakers("Zuvor hatten mehrere Sunniten die Ernennung abgelehnt."));
  }

  @Test
  void anAdjectiveThatLooksLikeASpeechVerbIsNoCue() {
    assertEquals(List.of(), speakers("Der als Roma-König bekannte Kiril Raschkow soll die Angehörigen bedroht haben."));
  }

  @Test
  void aPrepositionEndsTheSubjectPhrase() {
    // Not "Alphons Orie", whom "gegen den Richter" puts in the object.
    assertEquals(List.of("Theodor Meron"), speakers("Zuletzt hatte der Vorsitzende des ICTY, Theodor Meron, einen Antrag "
        + "gegen den Richter Alphons Orie kritisiert."));
  }

  @Test
  void anUnclosedParenthesisEndsThePhrase() {
    assertEquals(List.of(), speakers("Das sagte der Direktor der Behörde ( IAEO und andere Dinge mehr."));
  }

  @Test
  void passiveSubjectsAreNoSpeakers() {
    assertEquals(List.of(), speakers("Christian Klien wurde vorgeworfen, an der Schlägerei beteiligt gewesen zu sein."));
    assertEquals(List.of(), speakers("Der Ankläger Groome verlas, was Ratko Mladić vorgeworfen wird."));
    assertEquals(List.of(), speakers("Oliver Jufer war zu zehn Jahren Haft verurteilt worden."));
  }

  @Test
  void organisationsThatSpeakAreSources() {
    Extraction e = extract("Stoltenberg werde Park Jin treffen, sagte die Nato. Er werde auch Yoon treffen, teilte "
        + "das Präsidialamt mit. Das berichtete die Nachrichtenagentur Interfax. Laut Nikkei soll das Büro bald öffnen.");
    assertEquals(List.of(), e.speakerNames());
    assertEquals(List.of("Nato", "Präsidialamt", "Interfax", "Nikkei"), e.sourceNames());
  }

  @Test
  void mentionsCarryOffsetsIntoTheFullText() {
    Article a = Article.of("t", "Titel", "„Ja“, sagte Jens Stoltenberg.");
    Mention m = EXTRACTOR.extract(a).speakers().get(0).mentions().get(0);
    assertEquals("Jens Stoltenberg", a.fullText().substring(m.start(), m.end()));
    assertEquals(m.text(), a.fullText().substring(m.start(), m.end()));
  }

  @Test
  void reportedSpeechShowsItsSubjunctiveAsTheCue() {
    Entity ngom = EXTRACTOR.extract(Article.of("t", "", "Der senegalesische Innenminister Usman Ngom definierte das Ziel. "
        + "Es gehe nicht darum, die Wanderung zu verhindern.")).speakers().get(0);
    assertTrue(ngom.mentions().stream().anyMatch(m -> "gehe".equals(m.cue())), ngom.toString());
  }

  @Test
  void anAttributedMentionCarriesItsCue() {
    Entity merkel = EXTRACTOR.extract(Article.of("t", "", "Angela Merkel kam nach Berlin. Das sei gut, sagte Merkel."))
        .speakers().get(0);
    assertEquals(
        List.of(new Mention(0, 13, "Angela Merkel"), new Mention(50, 56, "Merkel", "sagte", Mention.Kind.NAME, "SPEECH_VERB")),
        merkel.mentions());
  }

  @Test
  void aTextThatOpensWithItsVerbIsRead() {
    // Found by the crash test: a fragment starting with a finite verb made a rule look before the text.
    String text = "berichteten lokale Medien unter Berufung auf ungenannte Beamte des Präsidenten. Kim Seol-hwa, ein "
        + "Beamter des Japan-Forschungszentrums des Außenministeriums, sagte am Montag in einer Stellungnahme der "
        + "staatlichen Koreanischen Zentralen Nachrichtenagentur (KCNA), dass Washington die NATO durch "
        + "Partnerschaften mit regionalen Mächten schrittweise nach Asien dränge.";
    assertEquals(List.of("Kim Seol-hwa"), speakers(text));
  }

  @Test
  void aCapitalisedParticleOpensTheSurnameAndArticlesMayFollowIt() {
    assertEquals(List.of("Alexander Van der Bellen"),
        speakers("„Das ist gut“, sagt Bundespräsident Alexander Van der Bellen."));
    assertEquals(List.of("Ursula von der Leyen"),
        speakers("Ursula von der Leyen sagte, es sei gut."));
    // The surname alone, later: the same person, never a cut "Alexander Van".
    assertEquals(List.of("Alexander Van der Bellen"),
        speakers("Bundespräsident Alexander Van der Bellen reiste nach Brüssel. „Das ist gut“, sagt Van der Bellen."));
    assertEquals(List.of("Van der Bellen"), speakers("„Das ist gut“, sagt Van der Bellen."));
  }

  @Test
  void aLoneFamilyNameMayOpenTheSentenceBeforeAPhraseOfOriginAndTheSpeechVerb() {
    assertEquals(List.of("Dittrich"), speakers("Das Verfahren ist neu. Dittrich aus dem Forscherteam erklärte, es sei gut."));
    assertEquals(List.of(), speakers("Das Verfahren ist neu. Details aus dem Bericht erklärten, es sei gut."));
  }

  @Test
  void aSingleMarkThatNoSingleMarkClosesOpensNoQuotation() {
    assertEquals(List.of("Joe Stork"),
        speakers("Der Angriff traf das Dorf ‘Adi, östlich der Stadt. Joe Stork von HRW fordert eine Untersuchung, "
            + "es handle sich um einen Angriff auf Zivilisten."),
        "‘ as a transliteration's sign: what follows it is no quotation");
    assertEquals(List.of("Anna Lenz"),
        speakers("„Er nannte es ‚Unsinn‘, das ist zu wenig“, sagte Anna Lenz."),
        "a single quotation inside a double one");
  }

  @Test
  void aPluralAuxiliaryHasNoOnePersonAsSubject() {
    assertEquals(List.of(),
        speakers("Einige Moslems haben Premierminister Tony Blair gestern in einem Brief geschrieben, dass es so nicht gehe."));
    assertEquals(List.of("Tony Blair"),
        speakers("Premierminister Tony Blair hat gestern in einem Brief geschrieben, dass es so nicht gehe."));
    assertEquals(List.of(), speakers("Britische Moslems warnen Premierminister Tony Blair vor dem Krieg."),
        "a verb of the present plural");
  }

  @Test
  void aPluralVerbGivesNoRoleToOnePerson() {
    Extraction e = extract("UN-Chef Ban Ki-moon sagte, es sei ernst. Danach nahmen die Klubchefs der Parteien Stellung.");
    assertEquals(List.of("Ban Ki-moon"), e.speakerNames());
    assertTrue(e.speakers().get(0).mentions().stream().noneMatch(m -> m.text().equals("Klubchefs")),
        e.speakers().toString());
  }

  @Test
  void aSurnameWithItsParticlesNamesThePersonInAnyCase() {
    assertEquals(List.of("Ursula von der Leyen"),
        speakers("Ministerin Ursula von der Leyen kam. Von der Leyen betonte, das sei gut."),
        "the particle capitalised as the sentence's first word");
    assertEquals(List.of("Ursula von der Leyen"),
        speakers("Ministerin Ursula von der Leyen kam. „Das ist gut“, sagte von der Leyen."));
    assertEquals(List.of("Thomas de Maizière"),
        speakers("Minister Thomas de Maizière kam. „Das ist gut“, sagte de Maizière."));
    assertEquals(List.of("Peter Müller"),
        speakers("Ein Brief von Leyen kam an. „Das ist gut“, sagte Peter Müller."),
        "von before a surname no person of the article has is a preposition");
  }

  @Test
  void aTownAfterAForeignParticleOrAfterAGivenNameAndVonBelongsToTheName() {
    assertEquals(List.of("Juan Ponce de León"), speakers("Juan Ponce de León sagte, er sei zufrieden."));
    assertEquals(List.of("Hildegard von Bingen"), speakers("Hildegard von Bingen schrieb, dass Gott spreche."));
    // After a full name "von" and a town say where the person comes from.
    assertEquals(List.of("Robert Lewandowski"), speakers("Robert Lewandowski von Bayern München sagte, er sei zufrieden."));
    assertEquals(List.of("Thomas Müller"), speakers("Thomas Müller von Mainz sagte, er sei zufrieden."));
  }

  @Test
  void aRegnalNumberAfterAGivenNameBelongsToTheName() {
    assertEquals(List.of("Benedikt XVI"), speakers("Papst Benedikt XVI. sagte, die Kirche müsse sich erneuern."));
    assertEquals(List.of("Elisabeth II"), speakers("„Wir danken allen“, sagte Königin Elisabeth II. am Montag."));
    assertEquals(List.of("Peter III", "Peter I."),
        speakers("Zar Peter III. sagte, er sei Preuße. „Wir lernen“, sagte Zar Peter I. damals."),
        "two tsars of one name stay two people");
  }

  @Test
  void aWordCapitalisedOnlyAsTheClausesOpenerIsNoWordOfTheNameAfterIt() {
    assertEquals(List.of("Stalin"),
        speakers("Wollte Stalin den Krieg? Haben die Briten ihn verhindert? Stalin sagte, er wolle Frieden."));
    assertEquals(List.of(), speakers("Die Hersteller schweigen. Einzig Sony gab bekannt, einen Patch zu liefern."),
        "the adverb is no given name, and Sony alone no person");
    assertEquals(List.of("Nie Haisheng"), speakers("Nie Haisheng sagte, er sei glücklich. Seine Frau Nie Jielin wartete."),
        "written capitalised inside a clause too, the word is a family name");
  }

  @Test
  void oneOrdinaryWordIsNoSpeaker() {
    // Function words and dictionary words next to a cue are no people; one-word names stay.
    assertEquals(List.of(), speakers("Also sagte der Minister, es gehe."));
    assertEquals(List.of(), speakers("Manche sagen, es gehe nicht."));
    // Adverbs by their form: a suffix (-seits, -hin, -weise, -mals) or da-/wo- and a preposition.
    assertEquals(List.of(), speakers("Gemeinhin bezeichnet der Begriff eine Skizze."));
    assertEquals(List.of(), speakers("Einerseits betont sie, es gehe."));
    assertEquals(List.of(), speakers("Davor warnte der Minister, es gehe nicht."));
    assertEquals(List.of("Strache"), speakers("„Wir sind bereit“, sagte Strache."));
  }

  @Test
  void roleNounsOfSportAndLawStandBeforeTheNameAndAreNoneOfIt() {
    assertEquals(List.of("Michael Schrittwieser"),
        speakers("Jeder Verein gibt Geld aus, sagt Kapfenberg-Coach Michael Schrittwieser."));
    assertEquals(List.of("Heinz Mayer"),
        speakers("Das ist wirkungslos, sagte Verfassungsrechtler Heinz Mayer im ORF."));
    assertEquals(List.of("Daniil Medvedev"),
        speakers("Im Finale traf er auf den Tennisspieler Daniil Medvedev. Medvedev sagte: „Ich bin mir sicher.“"),
        "a player of any game is a role: the name after it is a person's, known by the surname later");
  }

  @Test
  void aCapitalisedParticleKeepsTheSurnameAfterItEvenWhenThatIsAWord() {
    assertEquals(List.of("Maggie De Block"),
        speakers("Zwei Verletzte seien gestorben, teilte Gesundheitsministerin Maggie De Block mit."));
  }

  @Test
  void aMannerOfSpeakingIsNoSpeakerAlsoAfterAColon() {
    assertEquals(List.of(), speakers("Antwort: Vereinfacht gesagt: Das geht nicht."));
  }

  @Test
  void aMannerOfSpeakingIsNoSpeaker() {
    assertEquals(List.of(), speakers("Vereinfacht gesagt: Das geht nicht."));
    assertEquals(List.of(), speakers("Schwierig zu sagen, meinte der Sprecher."));
    assertEquals(List.of("Merkel"), speakers("Ehrlich gesagt, sagte Merkel, es gehe nicht."));
  }

  @Test
  void aMediumCitedByLautIsNoPersonQuoted() {
    assertEquals(List.of(), speakers("Laut Guardian ist der Vertrag unterschrieben."));
    assertEquals(List.of("Jens Stoltenberg"),
        speakers("Laut Nato-Generalsekretär Jens Stoltenberg ist der Vertrag unterschrieben."));
    assertEquals(List.of("Strache"), speakers("„Wir sind bereit“, sagte Strache."));
  }
}
