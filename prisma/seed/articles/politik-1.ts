import type { SeedArticle } from "../types";

export const articles: SeedArticle[] = [
  {
    section: "politik",
    authors: ["lena-hartmann"],
    kicker: "Lobbyismus",
    title: "Bundestag verlängert Wartezeit für Ex-Minister auf bis zu drei Jahre",
    teaser: "Wer aus der Bundesregierung ausscheidet, muss künftig deutlich länger warten, bevor er in die Wirtschaft wechseln darf. Der Bundestag hat die Verschärfung am Donnerstagabend mit breiter Mehrheit beschlossen.",
    tags: ["Bundestag", "Bundesregierung", "Transparenz"],
    ageHours: 3,
    imageAlt: "Abgeordnete werfen im Plenarsaal des Bundestags ihre Stimmkarten in die Urnen",
    body: `Ehemalige Mitglieder der Bundesregierung müssen künftig bis zu drei Jahre warten, bevor sie eine bezahlte Tätigkeit bei Unternehmen oder Verbänden aufnehmen dürfen, die mit ihrem früheren Ressort zu tun haben. Der Bundestag hat am Donnerstagabend eine entsprechende Änderung des Bundesministergesetzes beschlossen. 498 Abgeordnete stimmten dafür, 87 dagegen, 21 enthielten sich. Bislang lag die Höchstdauer der sogenannten Karenzzeit bei 18 Monaten.

## Ethikgremium erhält echte Befugnisse

Kern der Reform ist ein gestärktes Beratungsgremium, das bisher nur Empfehlungen aussprechen konnte. Künftig entscheidet es verbindlich, ob und wie lange ein früheres Regierungsmitglied auf einen neuen Posten warten muss. Auch Parlamentarische Staatssekretärinnen und Staatssekretäre fallen unter die Regel. Verstöße können mit einem Bußgeld von bis zu 50.000 Euro geahndet werden, zusätzlich kann das Übergangsgeld gestrichen werden.

Die Berichterstatterin der Koalition, die Abgeordnete Annette Wiegand, sprach von einem „überfälligen Schritt“. Das Vertrauen in die Politik leide jedes Mal, wenn jemand „mit dem Adressbuch seines Hauses“ zu einem Konzern wechsele. In der Debatte wurde sie noch deutlicher:

> „Wer heute über Milliardenaufträge entscheidet und morgen beim Auftragnehmer im Vorstand sitzt, beschädigt das Amt – auch wenn alles legal ist.“

Selbst in den Reihen der Opposition gab es dafür vereinzelt Applaus.

## Kritik: Hintertüren bleiben offen

Ganz zufrieden sind dennoch nicht alle. Die Initiative „Offene Politik“, die seit Jahren für strengere Regeln wirbt, hält die Ausnahmen für zu großzügig. So dürfen frühere Regierungsmitglieder weiterhin unbezahlte Ämter in Stiftungen übernehmen, auch wenn diese überwiegend von Unternehmen finanziert werden. „Damit bleibt eine Tür offen, durch die man bequem hindurchgehen kann“, sagte Geschäftsführer Malte Grunwald.

Aus der Opposition kam ein anderer Einwand. Der Abgeordnete Richard Pohl warnte, qualifizierte Fachleute aus der Wirtschaft könnten künftig seltener bereit sein, ein Regierungsamt zu übernehmen. „Wer weiß, dass er danach drei Jahre nicht in seinem Beruf arbeiten darf, überlegt sich das zweimal“, sagte er. Eine Entschädigung für die Wartezeit, wie sie seine Fraktion vorgeschlagen hatte, fand keine Mehrheit.

## Wie es weitergeht

Das Gesetz ist im Bundesrat nicht zustimmungspflichtig. Die Länderkammer könnte allenfalls den Vermittlungsausschuss anrufen, was in Berlin als unwahrscheinlich gilt. Die neuen Regeln sollen am ersten Tag des übernächsten Monats in Kraft treten. Sie gelten auch für Mitglieder der amtierenden Bundesregierung – allerdings nur für Wechsel, die nach diesem Stichtag angezeigt werden.`,
  },
  {
    section: "politik",
    authors: ["lena-hartmann"],
    kicker: "Digitale Verwaltung",
    title: "Kabinett beschließt: Bis 2028 soll jeder Behördengang online möglich sein",
    teaser: "Ummelden, Elterngeld beantragen, Bauantrag stellen: Die Bundesregierung will alle Verwaltungsleistungen über ein einziges Bürgerkonto bündeln. Die Kommunen begrüßen das Ziel, zweifeln aber an Zeitplan und Geld.",
    tags: ["Bundesregierung", "Digitalisierung", "Kommunen"],
    ageHours: 20,
    updatedAfterHours: 4,
    imageAlt: "Eine Frau füllt an einem Laptop ein Onlineformular eines Bürgeramts aus",
    body: `Die Bundesregierung unternimmt einen neuen Anlauf, die Verwaltung ins Internet zu bringen. Das Kabinett hat am Mittwoch einen Gesetzentwurf beschlossen, nach dem bis Ende 2028 alle Leistungen von Bund, Ländern und Kommunen digital beantragt werden können sollen. Zentrales Werkzeug ist ein einheitliches Bürgerkonto, mit dem sich Menschen einmal ausweisen und danach sämtliche Anträge stellen, Bescheide empfangen und den Bearbeitungsstand verfolgen können.

## Was sich für Bürgerinnen und Bürger ändern soll

Nach dem Entwurf sollen zuerst jene Leistungen digital werden, die besonders häufig nachgefragt werden. Genannt werden unter anderem:

- die Ummeldung des Wohnsitzes, ohne Termin im Bürgeramt,
- der Antrag auf Elterngeld, bei dem Daten der Krankenkasse und des Arbeitgebers automatisch übernommen werden,
- die Verlängerung von Personalausweis und Reisepass bis auf die Abholung,
- die Kfz-Zulassung und -Ummeldung,
- einfache Bauanträge für Wohngebäude bis zu drei Geschossen.

Wer einmal Daten angegeben hat, soll sie nicht erneut eintragen müssen. Behörden dürfen Nachweise untereinander austauschen, sofern die Antragstellerin zustimmt. Papieranträge bleiben ausdrücklich erlaubt.

„Niemand soll mehr einen halben Urlaubstag opfern, um eine Adresse zu ändern“, sagte Staatssekretärin Helena Korte bei der Vorstellung in Berlin. Das Bürgerkonto werde „so selbstverständlich wie das Onlinebanking“.

## Kommunen sehen Finanzierungslücke

Bei den Städten und Gemeinden stößt der Plan auf gemischte Reaktionen. Die Richtung stimme, heißt es beim Deutschen Städtetag, doch die eigentliche Arbeit liege bei den rund 11.000 Kommunen, die mit sehr unterschiedlicher Software arbeiten. Frank Osterloh, Digitalbeauftragter einer mittelgroßen Stadt in Nordrhein-Westfalen, rechnet allein für seine Verwaltung mit Umstellungskosten von 4,5 Millionen Euro. „Wenn der Bund bestellt, muss er auch bezahlen“, sagte er.

Der Entwurf sieht für die Jahre 2026 bis 2028 insgesamt 1,2 Milliarden Euro vor, die an Länder und Kommunen fließen sollen. Kommunale Spitzenverbände halten mindestens das Dreifache für nötig.

## Lehren aus dem ersten Anlauf

Ein ähnliches Ziel hatte bereits das Onlinezugangsgesetz von 2017 formuliert, das die Digitalisierung aller Leistungen bis Ende 2022 versprach. Verfehlt wurde es deutlich. Diesmal soll ein verbindlicher Standard für Schnittstellen verhindern, dass jedes Land eigene Lösungen baut. Der Bundestag will den Entwurf noch vor der Sommerpause in erster Lesung beraten.`,
  },
  {
    section: "politik",
    authors: ["lena-hartmann"],
    kicker: "Ministerpräsidentenkonferenz",
    title: "Länder verlangen vom Bund feste Pauschale für die Unterbringung Geflüchteter",
    teaser: "Die Regierungschefs der Länder fordern 12.000 Euro pro Geflüchtetem und Jahr – unabhängig davon, wie viele Menschen kommen. Der Bund lehnt eine solche Dauerzusage bislang ab, nach sieben Stunden gab es nur einen Formelkompromiss.",
    tags: ["Migration", "Kommunen", "Bundesregierung"],
    ageHours: 41,
    imageAlt: "Regierungschefs der Länder sitzen an einem langen Konferenztisch im Kanzleramt",
    body: `Sieben Stunden dauerte die Sitzung im Kanzleramt, am Ende stand ein Papier von vier Seiten, das vor allem eines festhält: Bund und Länder sind sich weiter uneins darüber, wer wie viel für die Versorgung von Geflüchteten bezahlt. Die Länder hatten sich vorab einstimmig auf eine Forderung verständigt. **Der Bund soll pro Person und Jahr eine feste Pauschale von 12.000 Euro überweisen**, und zwar dauerhaft und ohne jährliche Neuverhandlung.

Bislang zahlt der Bund eine Pauschale von 7.500 Euro pro Erstantrag auf Asyl, dazu kommen Beteiligungen an den Unterkunftskosten anerkannter Flüchtlinge. Aus Sicht der Länder reicht das bei Weitem nicht. Nach Berechnungen ihrer Finanzministerien lagen die tatsächlichen Kosten für Unterbringung, Betreuung, Kita- und Schulplätze im vergangenen Jahr bei durchschnittlich 14.800 Euro pro Person.

## Kommunen am Limit

Besonders laut war der Druck aus den Kommunen. Im Vorfeld des Treffens hatten mehr als 300 Landrätinnen, Landräte und Oberbürgermeister einen offenen Brief unterschrieben. Viele Gemeinden hätten Turnhallen und Gewerbeflächen angemietet, die Rücklagen seien aufgebraucht. „Wir können keine Schwimmbäder mehr sanieren, weil wir jeden Euro für Notunterkünfte brauchen“, sagte Jens Albrecht, Staatssekretär im Thüringer Migrationsministerium, am Rande der Konferenz.

Die Bundesregierung verweist dagegen auf die angespannte Haushaltslage und auf die gesunkene Zahl neuer Asylanträge. Diese ist in den ersten neun Monaten des Jahres im Vergleich zum Vorjahreszeitraum um rund ein Viertel zurückgegangen. Ein festes System, das unabhängig von der Entwicklung Jahr für Jahr Milliarden binde, sei nicht verantwortbar, hieß es aus Regierungskreisen. **Stattdessen bot der Bund an, die bestehende Pauschale um 1.000 Euro anzuheben** und einen Teil der Kosten für Integrationskurse zu übernehmen.

## Arbeitsgruppe soll bis Frühjahr liefern

Darauf wollten sich die Länder nicht einlassen. Der gemeinsame Beschluss sieht nun eine Arbeitsgruppe aus Staatssekretären vor, die bis zum Frühjahr ein „atmendes, aber verlässliches“ Finanzierungsmodell vorlegen soll. Was das konkret heißt, blieb offen. Ein Teilnehmer beschrieb die Formulierung als „Einigung darauf, sich später zu einigen“.

Beschlossen wurde immerhin, die Asylverfahren weiter zu beschleunigen. Die Bearbeitungszeit beim Bundesamt für Migration und Flüchtlinge soll im Schnitt auf unter sechs Monate sinken, die Verwaltungsgerichte sollen durch zusätzliche Richterstellen entlastet werden. Finanziert werden die Stellen allerdings von den Ländern selbst.`,
  },
  {
    section: "politik",
    authors: ["david-krueger", "lena-hartmann"],
    kicker: "Parteienforschung",
    title: "Ortsverbände ohne Nachwuchs: Den Parteien gehen die Kandidaten aus",
    teaser: "In fast jeder dritten Gemeinde unter 5.000 Einwohnern hatte bei der letzten Kommunalwahl mindestens eine Partei Mühe, ihre Liste zu füllen. Eine neue Auswertung zeigt, wie dünn die Basis der Demokratie vielerorts geworden ist.",
    tags: ["Parteien", "Kommunen", "Demokratie"],
    ageHours: 77,
    imageAlt: "Eine Handvoll Mitglieder sitzt bei einer Ortsvereinsversammlung in einem Gasthaus-Nebenzimmer",
    body: `Im Nebenzimmer des Gasthofs „Zur Linde“ stehen zwanzig Stühle, besetzt sind an diesem Dienstagabend sechs. Der Ortsverband, der sich hier trifft, hat 23 Mitglieder, das jüngste ist 51 Jahre alt. Bei der nächsten Kommunalwahl müsste er zwölf Kandidatinnen und Kandidaten für den Gemeinderat aufstellen. „Wenn wir auf acht kommen, bin ich froh“, sagt die Vorsitzende Brigitte Sommer.

Die Szene ist kein Einzelfall. Das Institut für Parlamentarismusforschung in Hannover hat für eine neue Studie die Wahlvorschläge von rund 4.600 Gemeinden in sieben Flächenländern ausgewertet. Rundblick konnte die Daten vorab einsehen und eigene Auswertungen vornehmen.

## Die wichtigsten Befunde

1. In 31 Prozent der Gemeinden unter 5.000 Einwohnern konnte mindestens eine der im Landtag vertretenen Parteien keine vollständige Liste aufstellen.
2. In 412 Gemeinden trat bei der Bürgermeisterwahl nur ein einziger Bewerber an – fast doppelt so viele wie zehn Jahre zuvor.
3. Das Durchschnittsalter der Kandidierenden stieg auf 54 Jahre. Unter 30-Jährige stellten nur noch sechs Prozent der Bewerber.
4. Freie Wählergemeinschaften füllen die Lücke teilweise: Ihr Anteil an den Listen wuchs in kleinen Gemeinden auf 38 Prozent.

## Zeit ist das knappste Gut

Als Hauptgrund nennen die befragten Ortsvorsitzenden nicht etwa Politikverdrossenheit, sondern fehlende Zeit. Gemeinderatssitzungen beginnen oft um 18 Uhr, dazu kommen Ausschüsse, Ortstermine und Aktenstudium. Wer pendelt oder kleine Kinder hat, winkt ab. Knapp die Hälfte der Befragten berichtete zudem von Anfeindungen gegenüber Ratsmitgliedern, in sozialen Netzwerken wie auf der Straße.

„Die kommunale Ebene ist das Fundament, und genau dort bröckelt es am stärksten“, sagt Studienleiter Konstantin Herold. Bundespolitisch sichtbare Mitgliederzahlen verdeckten, dass sich neue Mitglieder fast ausschließlich in Großstädten engagierten.

## Was helfen könnte

Die Forscher schlagen unter anderem hybride Sitzungen, eine Aufwandsentschädigung für Kinderbetreuung und einen gesetzlichen Freistellungsanspruch für Ratsmitglieder vor, wie ihn einige Länder bereits kennen. Brigitte Sommer hat eigene Ideen. Sie will im Frühjahr einen offenen Stammtisch ohne Parteibuch anbieten. „Vielleicht kommt ja jemand, der einfach nur wissen will, warum der Radweg nicht gebaut wird“, sagt sie. „Das wäre schon ein Anfang.“`,
  },
  {
    section: "politik",
    authors: ["lena-hartmann"],
    kicker: "Kommunalfinanzen",
    title: "Letzte Bahn im Hallenbad: Wenn einer Gemeinde das Geld ausgeht",
    teaser: "Die nordhessische Kleinstadt Ebersfeld schließt ihr Hallenbad, streicht Zuschüsse für Vereine und erhöht die Grundsteuer. Ein Besuch in einer Kommune, die exemplarisch für die Finanznot vieler Städte steht.",
    tags: ["Kommunen", "Haushalt", "Sport"],
    ageHours: 130,
    updatedAfterHours: 6,
    imageAlt: "Ein leeres Hallenbad mit abgedeckten Startblöcken und gestapelten Schwimmnudeln am Beckenrand",
    body: `Am letzten Öffnungstag schwimmt Helmut Rauschenbach seine Bahnen wie an jedem Morgen seit 1979: vierzig Längen, Brust, ohne Pause. Danach steht er tropfend am Beckenrand und sagt einen Satz, den man in Ebersfeld dieser Tage oft hört: „Das hier war nie Luxus.“ Nach 52 Jahren schließt das Hallenbad der nordhessischen Kleinstadt. Eine Sanierung hätte nach einem Gutachten 9,3 Millionen Euro gekostet, der laufende Betrieb verschlingt schon jetzt jährlich 640.000 Euro.

## Ein Haushalt ohne Spielraum

Ebersfeld hat 14.000 Einwohner, einen Mittelständler für Landmaschinen und ein Defizit von 3,8 Millionen Euro im laufenden Haushalt. Bürgermeisterin Sandra Köhler, parteilos, seit sechs Jahren im Amt, spricht von einer „Zange“. Auf der einen Seite stiegen die Kosten für Personal, Energie und vor allem für Sozialleistungen, die der Landkreis über die Kreisumlage an die Gemeinden weiterreicht. Auf der anderen Seite brächen die Gewerbesteuereinnahmen ein, weil der größte Arbeitgeber im vergangenen Jahr kaum Gewinn gemacht habe.

Die Kommunalaufsicht hat den Haushalt nur unter Auflagen genehmigt. Die Stadt musste ein Sparpaket vorlegen. Neben dem Hallenbad trifft es die Zuschüsse für 31 Vereine, die um ein Drittel gekürzt werden, und die Stadtbücherei, die nur noch an drei Tagen öffnet. Der Hebesatz der Grundsteuer steigt von 490 auf 620 Prozent. Für ein durchschnittliches Einfamilienhaus bedeutet das rund 130 Euro mehr im Jahr.

„Ich habe mich nicht wählen lassen, um Dinge zuzumachen“, sagt Köhler. Aber eine Alternative sehe sie nicht. Die Kassenkredite der Stadt dürften nicht weiter wachsen, sonst drohe ein Sparkommissar.

## Ein bundesweites Muster

Ebersfeld ist kein Sonderfall. Die Kommunen in Deutschland haben im vergangenen Jahr nach Angaben des Statistischen Bundesamts ein Rekorddefizit verbucht, und für das laufende Jahr rechnen die kommunalen Spitzenverbände mit einer weiteren Verschlechterung. Besonders betroffen sind kleinere Städte ohne große Gewerbebetriebe.

Für die Schwimmvereine der Region bedeutet die Schließung lange Wege. Das nächste Hallenbad liegt 23 Kilometer entfernt, die Grundschulen wissen noch nicht, wie sie den Schwimmunterricht organisieren sollen. Der Förderverein des Bades sammelt inzwischen Unterschriften für ein Bürgerbegehren. Über 2.100 sind es bereits. Helmut Rauschenbach hat als einer der Ersten unterschrieben.`,
  },
  {
    section: "politik",
    authors: ["david-krueger"],
    kicker: "Bundeshaushalt",
    title: "Nach 15 Stunden Bereinigungssitzung: Weniger für Berater, mehr für Brücken",
    teaser: "Der Haushaltsausschuss des Bundestags hat den Etat für das kommende Jahr in einer Nachtsitzung umgebaut. Eine Auswertung der Änderungsanträge zeigt, wo die Abgeordneten umgeschichtet haben – und wo nicht.",
    tags: ["Bundestag", "Haushalt", "Verkehr"],
    ageHours: 190,
    imageAlt: "Aktenordner und Laptops stapeln sich auf dem Tisch eines Sitzungssaals im Bundestag",
    body: `Um 5.42 Uhr am Freitagmorgen war es vorbei. Nach gut 15 Stunden hatte der Haushaltsausschuss des Bundestags seine Bereinigungssitzung abgeschlossen, jene traditionelle Nachtsitzung, in der der Regierungsentwurf für den Bundeshaushalt ein letztes Mal überarbeitet wird. Am Gesamtvolumen änderte sich wenig: Es bleibt bei Ausgaben von knapp 489 Milliarden Euro. Innerhalb der Einzelpläne haben die Abgeordneten jedoch mehr verschoben als in den Vorjahren.

## Die größten Umschichtungen

Rundblick hat die 214 beschlossenen Änderungsanträge ausgewertet. Zusammengenommen bewegen sie rund 6,1 Milliarden Euro. Die auffälligsten Posten:

- **Brückensanierung:** plus 1,4 Milliarden Euro für Autobahn- und Bundesstraßenbrücken, verteilt auf vier Jahre über Verpflichtungsermächtigungen.
- **Externe Beratung:** minus 310 Millionen Euro quer durch alle Ministerien. Die Ressorts müssen künftig jeden Beratervertrag über 500.000 Euro dem Ausschuss melden.
- **Schienennetz:** plus 800 Millionen Euro für Stellwerke und Weichen.
- **Freiwilligendienste:** Die geplante Kürzung um 80 Millionen Euro wurde vollständig zurückgenommen.
- **Globale Minderausgabe:** Sie steigt von 9,8 auf 11,2 Milliarden Euro.

Der letzte Punkt ist der heikelste. Eine globale Minderausgabe ist eine Art Sparversprechen ohne Adresse: Im Laufe des Jahres muss die Regierung Ausgaben in dieser Höhe einsparen, ohne dass feststeht, wo. Haushälter aller Fraktionen nutzen das Instrument, Kritiker halten es bei dieser Größenordnung für eine verschleierte Lücke.

## Opposition spricht von Buchungstricks

„Man hat Löcher gestopft, indem man ein größeres Loch gegraben hat“, sagte die haushaltspolitische Sprecherin einer Oppositionsfraktion, Dorothea Lenz. Ihr Fraktionskollege rechnete vor, dass mehr als ein Fünftel der Mehrausgaben durch die höhere Minderausgabe gedeckt werde.

Der Berichterstatter der Koalition, Thomas Ahrendt, hielt dagegen. Erfahrungsgemäß fließe ein Teil der eingeplanten Mittel ohnehin nicht ab, etwa weil Bauprojekte sich verzögerten. „Eine Minderausgabe in dieser Höhe ist ambitioniert, aber erreichbar“, sagte er.

## Investitionen steigen nur leicht

Im Zeitvergleich zeigt sich: Die Investitionsquote des Bundes steigt durch die Beschlüsse von 11,4 auf 11,7 Prozent. Das ist mehr als im Regierungsentwurf, aber weniger, als Wirtschaftsforschungsinstitute für nötig halten. Der Bundestag soll den Haushalt in der übernächsten Sitzungswoche endgültig verabschieden.`,
  },
  {
    section: "politik",
    authors: ["lena-hartmann"],
    kicker: "Alterssicherung",
    title: "Rentenkommission will freiwilliges Weiterarbeiten stärker belohnen",
    teaser: "Statt das Rentenalter pauschal anzuheben, setzt die Kommission der Bundesregierung auf Anreize: Wer länger arbeitet, soll spürbar mehr Rente bekommen. Gewerkschaften und Arbeitgeber reagieren skeptisch.",
    tags: ["Rente", "Bundesregierung", "Arbeitsmarkt"],
    ageHours: 262,
    imageAlt: "Ein älterer Handwerker mit grauem Bart arbeitet konzentriert an einer Werkbank",
    body: `Die von der Bundesregierung eingesetzte Rentenkommission hat am Montag ihren Zwischenbericht vorgelegt – und eine Debatte vorerst vermieden, die viele erwartet hatten. Eine automatische Kopplung des Rentenalters an die Lebenserwartung empfiehlt das 13-köpfige Gremium nicht. Stattdessen soll es sich deutlich mehr lohnen, freiwillig über die Regelaltersgrenze hinaus zu arbeiten.

„Wir wollen niemanden zwingen, aber wir wollen auch niemanden mehr bestrafen, der gern weitermacht“, sagte die Vorsitzende, die Sozialökonomin Gesine Marquardt, bei der Vorstellung in der Bundespressekonferenz.

## Die zentralen Vorschläge

Der 140 Seiten starke Bericht enthält zahlreiche Einzelmaßnahmen. Im Mittelpunkt stehen vier Punkte:

1. Der Zuschlag für jeden Monat, den jemand seinen Rentenbeginn aufschiebt, soll von 0,5 auf 0,7 Prozent steigen. Wer zwei Jahre später in Rente geht, bekäme damit dauerhaft knapp 17 Prozent mehr.
2. Alternativ soll man sich die aufgeschobene Rente als Einmalzahlung auszahlen lassen können.
3. Die Arbeitgeberbeiträge zur Arbeitslosenversicherung für Beschäftigte jenseits der Regelaltersgrenze sollen dauerhaft entfallen.
4. Für Menschen in körperlich belastenden Berufen soll ein früherer, abschlagsfreier Übergang geprüft werden, gekoppelt an mindestens 40 Beitragsjahre.

Nach Berechnungen der Kommission könnten die Maßnahmen die Rentenversicherung langfristig um bis zu 0,3 Beitragssatzpunkte entlasten – vorausgesetzt, etwa jeder fünfte Beschäftigte nutzt die Möglichkeit.

## Skepsis bei den Sozialpartnern

Genau an dieser Annahme setzt die Kritik an. Ein Vertreter der Gewerkschaften im Gremium, Werner Haubold, gab ein Sondervotum ab. Anreize nützten vor allem gut verdienenden Angestellten, die ohnehin gesund genug seien, um länger zu arbeiten. „Die Pflegekraft mit kaputtem Rücken hat von 0,7 Prozent gar nichts“, sagte er. Er fordert, zunächst die Erwerbsminderungsrente zu verbessern.

Von Arbeitgeberseite kam der Einwand, die Vorschläge gingen nicht weit genug. Ohne eine längere Lebensarbeitszeit für alle werde der Beitragssatz in den 2030er-Jahren trotzdem deutlich steigen, hieß es in einer Stellungnahme.

Die Bundesregierung äußerte sich zurückhaltend. Man werde die Vorschläge „sorgfältig prüfen“. Der Abschlussbericht der Kommission wird im kommenden Sommer erwartet, dann auch mit Aussagen zur Finanzierung über das Jahr 2035 hinaus.`,
  },
  {
    section: "politik",
    authors: ["david-krueger"],
    kicker: "Sozialer Wohnungsbau",
    title: "Trotz Milliardenförderung: Bestand an Sozialwohnungen schrumpft weiter",
    teaser: "Bund und Länder haben die Mittel für den sozialen Wohnungsbau vervielfacht. Trotzdem fallen jedes Jahr mehr Wohnungen aus der Bindung, als neu gebaut werden. Eine Datenanalyse zeigt große Unterschiede zwischen den Ländern.",
    tags: ["Wohnen", "Kommunen", "Bundesregierung"],
    ageHours: 335,
    updatedAfterHours: 22,
    imageAlt: "Ein Neubau mit Sozialwohnungen neben einem älteren Plattenbau in einer Großstadt",
    body: `Es ist eine Rechnung, die seit Jahren nicht aufgeht. Im vergangenen Jahr wurden in Deutschland knapp 26.000 neue Sozialwohnungen gefördert. Im selben Zeitraum endete für rund 47.000 Wohnungen die sogenannte Mietpreis- und Belegungsbindung. Unter dem Strich ist der Bestand damit erneut geschrumpft, **auf nun etwa 1,03 Millionen Wohnungen**. Anfang der 1990er-Jahre waren es noch fast drei Millionen.

Das ergibt eine Auswertung von Rundblick auf Grundlage der Förderberichte der Länder und Antworten der Bundesregierung auf parlamentarische Anfragen.

## Mehr Geld, aber höhere Kosten

Dabei ist das Geld in den vergangenen Jahren deutlich mehr geworden. Der Bund stellt den Ländern inzwischen mehrere Milliarden Euro pro Jahr für den sozialen Wohnungsbau zur Verfügung, die Länder legen eigene Mittel dazu. Doch die Baukosten sind seit 2020 um gut 40 Prozent gestiegen, die Zinsen ebenfalls. **Eine geförderte Wohnung kostet die öffentliche Hand heute im Schnitt rund 210.000 Euro an Zuschüssen und Zinsvorteilen** – fast doppelt so viel wie vor fünf Jahren.

Hinzu kommt ein strukturelles Problem: In den meisten Ländern gilt die Sozialbindung nur für 15 bis 30 Jahre. Danach dürfen Eigentümer die Miete bis zur ortsüblichen Vergleichsmiete anheben. Wohnungen, die mit öffentlichem Geld gebaut wurden, gehen dem geschützten Markt so Jahr für Jahr verloren.

## Große Unterschiede zwischen den Ländern

Der Blick auf die Länder zeigt ein gemischtes Bild. Hamburg, Berlin und Bayern haben ihren Bestand zuletzt stabil gehalten oder leicht vergrößert, vor allem weil dort kommunale Wohnungsgesellschaften stark bauen und Bindungen teils unbefristet vereinbart werden. In mehreren ostdeutschen Flächenländern dagegen liegt die Zahl der Sozialwohnungen pro 1.000 Einwohner bei unter fünf.

„Wir füllen eine Badewanne, bei der der Stöpsel gezogen ist“, sagt die Wohnungsmarktforscherin Katharina Engel, die für einen Mieterverband arbeitet. Sie fordert eine bundesweite Mindestbindung von 40 Jahren.

## Der Bedarf wächst

Der Abstand zum Bedarf ist erheblich. Rund elf Millionen Haushalte hätten nach ihrem Einkommen Anspruch auf einen Wohnberechtigungsschein. Auf jede freie Sozialwohnung in Großstädten kommen nach Angaben von Wohnungsämtern oft mehr als 20 Bewerber. Das Bundesbauministerium verweist auf eine geplante Reform, mit der Bindungen länger laufen und Bestandswohnungen angekauft werden sollen. Ein Gesetzentwurf liegt allerdings noch nicht vor.`,
  },
  {
    section: "politik",
    authors: ["lena-hartmann"],
    kicker: "Bildungsministerkonferenz",
    title: "Länder einigen sich auf gemeinsame Handyregeln für Grundschulen",
    teaser: "Private Smartphones sollen an Grundschulen künftig bundesweit im Ranzen bleiben. Für weiterführende Schulen gibt es nur Empfehlungen – ein Kompromiss, der Eltern und Lehrerverbände gleichermaßen unzufrieden zurücklässt.",
    tags: ["Bildung", "Digitalisierung", "Länder"],
    ageHours: 410,
    imageAlt: "Grundschulkinder sitzen an Tischen in einem hellen Klassenzimmer, auf einem Regal liegen Handys in einer Box",
    body: `Nach monatelangem Ringen haben sich die Bildungsministerinnen und -minister der Länder auf einheitliche Regeln für private Smartphones an Schulen verständigt. Der Beschluss fiel am Freitag einstimmig, war aber bis zuletzt umstritten. Er betrifft gut 2,8 Millionen Kinder an rund 15.000 Grundschulen.

## Was künftig gelten soll

Die Vereinbarung unterscheidet klar zwischen den Schulformen. Vorgesehen sind:

- An Grundschulen bleiben private Smartphones und Smartwatches während der gesamten Unterrichtszeit ausgeschaltet, auch in Pausen.
- Ausnahmen gelten für medizinische Zwecke, etwa bei Kindern mit Diabetes, die ihre Werte über das Handy überwachen.
- Weiterführende Schulen sollen bis zum Ende des nächsten Schuljahres eigene Nutzungsregeln beschließen, an denen Schülervertretungen beteiligt werden.
- Digitale Endgeräte, die die Schule selbst für den Unterricht bereitstellt, sind von den Regeln ausgenommen.

Mehrere Länder hatten bereits eigene Verbote erlassen, andere hatten die Entscheidung bewusst den Schulen überlassen. Mit dem Beschluss soll ein Flickenteppich verhindert werden, der etwa Familien bei einem Umzug verunsichert.

## Streit um die weiterführenden Schulen

Dass für ältere Jahrgänge keine verbindliche Regel kommt, ist das Ergebnis eines Kompromisses. Einige Länder wollten ein Verbot bis zur zehnten Klasse, andere lehnten das als „Symbolpolitik“ ab. Die Berliner Bildungsstaatssekretärin Maren Falk erklärte, Jugendliche müssten den Umgang mit digitalen Geräten lernen, nicht deren Abwesenheit. „Ein Verbot ersetzt keine Medienbildung“, sagte sie.

Die Vorsitzende eines großen Lehrerverbands, Ingrid Bachmann, hält die Regelung dagegen für zu schwach:

> „Die Schulen bekommen wieder einmal die schwierigste Entscheidung zugeschoben. Jede Schulkonferenz wird jetzt dieselbe Debatte führen, die die Minister nicht zu Ende geführt haben.“

Auch Elternvertreter sind gespalten. Der Bundeselternrat begrüßte zwar die Klarheit für die Grundschulen, kritisierte aber, dass die Frage der Erreichbarkeit auf dem Schulweg nicht geregelt sei.

## Forschung uneindeutig

Wissenschaftlich ist die Lage weniger eindeutig, als die Debatte vermuten lässt. Studien aus Skandinavien und Großbritannien zeigen teils bessere Konzentration und weniger Mobbing nach Handyverboten, andere finden kaum messbare Effekte. Die Länder wollen die neuen Regeln deshalb wissenschaftlich begleiten lassen. Eine erste Auswertung ist in zwei Jahren geplant.`,
  },
  {
    section: "politik",
    authors: ["lena-hartmann"],
    kicker: "Deutschlandticket",
    title: "Länder wollen Finanzierung des Deutschlandtickets bis 2030 festschreiben",
    teaser: "Jedes Jahr beginnt der Streit um das Deutschlandticket von vorn. Die Verkehrsminister der Länder schlagen nun einen Fünfjahresvertrag mit dem Bund vor – und einen festen Mechanismus für künftige Preiserhöhungen.",
    tags: ["Verkehr", "Bahn", "Länder"],
    ageHours: 488,
    imageAlt: "Fahrgäste steigen am Bahnsteig in einen Regionalzug, im Vordergrund ein Fahrkartenautomat",
    body: `Die Verkehrsministerinnen und -minister der Länder wollen dem jährlichen Gezerre um das Deutschlandticket ein Ende setzen. Auf ihrer Herbstkonferenz in Bremen beschlossen sie einen Vorschlag, nach dem Bund und Länder die Finanzierung des bundesweit gültigen Nahverkehrsabos verbindlich bis zum Jahr 2030 regeln. Beide Seiten sollen demnach weiterhin jeweils 1,5 Milliarden Euro pro Jahr beisteuern, ergänzt um einen gemeinsamen Ausgleich für steigende Kosten.

## Ein Preisindex statt politischer Nachtsitzungen

Kern des Vorschlags ist ein fester Index für den Ticketpreis. Er soll sich zu gleichen Teilen an der allgemeinen Inflationsrate, den Personalkosten im Nahverkehr und den Energiepreisen orientieren. Steigen diese Werte, steigt zum Jahreswechsel automatisch auch der Preis – nach den Berechnungen der Länder im Schnitt um zwei bis drei Euro pro Jahr. „Fahrgäste brauchen Planbarkeit, die Verkehrsunternehmen auch“, sagte der schleswig-holsteinische Verkehrsstaatssekretär Arne Petersen.

Bisher wurde über den Preis jeweils im Herbst für das folgende Jahr verhandelt, zuletzt kam die Entscheidung erst wenige Wochen vor Inkrafttreten. Verkehrsverbünde beklagen, dass sie so weder Tarife noch Fahrpläne solide kalkulieren könnten.

## Der Bund zögert

Ob der Bund mitzieht, ist offen. Im Bundesverkehrsministerium verweist man auf die Haushaltslage und darauf, dass der Bund schon heute Milliarden in den Ausbau der Schiene stecke. Eine Sprecherin sagte lediglich, man sei „offen für Gespräche über mehr Verlässlichkeit“, eine Zusage über mehrere Jahre könne es aber nur im Rahmen der Haushaltsplanung geben.

Ein zusätzlicher Knackpunkt sind die sogenannten Mindereinnahmen. Weil viele frühere Abonnenten teurerer Monatskarten auf das Deutschlandticket umgestiegen sind, fehlen den Verkehrsunternehmen Einnahmen. Nach Angaben der Branche summierte sich die Lücke zuletzt auf mehr als vier Milliarden Euro jährlich.

## Zahl der Nutzer stagniert

Zugleich wächst die Zahl der Abonnenten kaum noch. Sie liegt seit Monaten stabil bei gut 13 Millionen. Auf dem Land, wo Busse oft nur wenige Male am Tag fahren, lohnt sich das Ticket für viele schlicht nicht. Die Länder wollen deshalb einen Teil künftiger Mittel gezielt in bessere Takte im ländlichen Raum lenken.

Petersen zeigte sich dennoch zuversichtlich. Das Ticket sei „das erfolgreichste verkehrspolitische Projekt seit Jahrzehnten“. Man dürfe es nicht durch jährliche Hängepartien beschädigen. Eine Entscheidung soll bei der nächsten Ministerpräsidentenkonferenz fallen.`,
  },
  {
    section: "politik",
    authors: ["lena-hartmann"],
    kicker: "Landtagswahl",
    title: "Baden-Württemberg sucht 90.000 Wahlhelfer – und erhöht das Erfrischungsgeld",
    teaser: "Erstmals wählen die Baden-Württemberger ihren Landtag mit zwei Stimmen, dazu dürfen 16-Jährige mitmachen. Für Städte und Gemeinden bedeutet das mehr Arbeit in den Wahllokalen – und eine schwierige Suche nach Freiwilligen.",
    tags: ["Landtagswahl", "Kommunen", "Demokratie"],
    ageHours: 560,
    updatedAfterHours: 30,
    imageAlt: "Wahlhelfer zählen an einem Tisch in einer Schulturnhalle Stimmzettel aus",
    body: `In Stuttgart hängen sie bereits an den Haltestellen, in Freiburg laufen sie als Werbespot vor dem Kinofilm: Plakate mit dem Slogan „Demokratie braucht Zähler“. Die Kommunen in Baden-Württemberg suchen für die kommende Landtagswahl rund 90.000 ehrenamtliche Wahlhelferinnen und Wahlhelfer. Vielerorts fehlen noch Tausende.

## Zwei Stimmen, längere Auszählung

Der Bedarf ist gestiegen, weil sich das Wahlrecht geändert hat. **Erstmals haben die Wählerinnen und Wähler im Südwesten bei einer Landtagswahl zwei Stimmen**: eine für einen Kandidaten im Wahlkreis und eine für eine Landesliste. Zudem dürfen erstmals 16- und 17-Jährige den Landtag mitwählen. Die Landeswahlleiterin Ute Kämmerer rechnet deshalb mit einer längeren Auszählung am Wahlabend und hat den Kommunen empfohlen, die Wahlvorstände um mindestens eine Person aufzustocken.

„Wir haben ein neues Verfahren, neue Stimmzettel und neue Wählergruppen. Da wollen wir nicht mit der knappsten Besetzung in den Abend gehen“, sagte Kämmerer. Die Stimmzettel werden zudem breiter, weil neben den Wahlkreisbewerbern auch die Parteilisten aufgeführt sind.

## Kommunen werben mit Geld und Freizeit

Um mehr Freiwillige zu gewinnen, greifen die Städte zu verschiedenen Mitteln:

- **Höheres Erfrischungsgeld:** Mannheim zahlt Wahlvorständen 80 statt bisher 50 Euro, Heilbronn für Schriftführer 70 Euro.
- **Freizeitausgleich:** Viele Städte gewähren eigenen Beschäftigten einen zusätzlichen freien Tag.
- **Schulen als Partner:** Mehrere Gymnasien werben gezielt volljährige Schülerinnen und Schüler an, in Karlsruhe gibt es dafür eine Bescheinigung für das Bewerbungsportfolio.
- **Onlineschulungen:** Statt eines Präsenzabends im Rathaus können sich Helfer per Video auf ihren Einsatz vorbereiten.

In Tübingen hat sich die Lage inzwischen entspannt. „Vor sechs Wochen hatten wir die Hälfte, jetzt sind es 92 Prozent“, sagt Wahlamtsleiter Stefan Brenner. In kleineren Gemeinden ist es schwieriger. Dort werden notfalls Beschäftigte der Verwaltung verpflichtet, wie es das Wahlrecht ausdrücklich erlaubt.

## Briefwahl auf Rekordkurs

Parallel erwarten die Wahlämter einen neuen Höchststand bei der Briefwahl. Bei der vergangenen Landtagswahl, die noch von der Pandemie geprägt war, lag ihr Anteil bereits bei mehr als der Hälfte. Auch das bindet Personal: Briefwahlvorstände beginnen früher und zählen oft bis spät in den Abend. Die Landeswahlleitung bittet deshalb, Briefwahlunterlagen möglichst frühzeitig zu beantragen.`,
  },
  {
    section: "politik",
    authors: ["lena-hartmann"],
    kicker: "Bürgerbeteiligung",
    title: "Per Los ins Rathaus: 60 Kasseler beraten über eine autofreie Innenstadt",
    teaser: "Kassel lässt einen per Zufall ausgewählten Bürgerrat über die Zukunft der Innenstadt beraten. Am ersten Wochenende saßen eine Schülerin, ein Taxifahrer und eine Rentnerin am selben Tisch – und stritten erstaunlich sachlich.",
    tags: ["Kommunen", "Verkehr", "Bürgerbeteiligung"],
    ageHours: 640,
    imageAlt: "Menschen unterschiedlichen Alters diskutieren an runden Tischen in einem Saal, an einer Stellwand hängen Moderationskarten",
    body: `Yasemin Arslan hatte den Brief zunächst für Werbung gehalten. „Sie wurden ausgelost“, stand darauf, und sie dachte an ein Gewinnspiel. Tatsächlich war die 17-jährige Schülerin eine von 3.000 Kasselerinnen und Kasselern, die das Einwohnermeldeamt nach dem Zufallsprinzip angeschrieben hatte. Rund 400 meldeten sich zurück, aus ihnen wurden 60 Mitglieder für den ersten Bürgerrat der Stadt bestimmt – so, dass Alter, Geschlecht, Stadtteil und Bildungsabschluss ungefähr der Bevölkerung entsprechen.

## Eine Frage, vier Wochenenden

Der Auftrag des Gremiums ist klar umrissen. Es soll bis zum Frühjahr Empfehlungen erarbeiten, wie die Innenstadt zwischen Friedrichsplatz und Königsstraße in den nächsten zehn Jahren gestaltet werden soll – einschließlich der Frage, ob der Autoverkehr dort weitgehend verbannt wird. Dafür trifft sich der Bürgerrat an vier Wochenenden. Die Teilnehmenden erhalten eine Aufwandsentschädigung von 100 Euro pro Tag, Kinderbetreuung wird gestellt.

Am ersten Wochenende ging es vor allem um Grundlagen. Fachleute trugen vor, Verkehrsplaner ebenso wie Vertreter des Einzelhandels, eines Fahrradverbands und der Verkehrsbetriebe. Danach diskutierten die Mitglieder in Kleingruppen. An einem Tisch saßen Arslan, ein Taxifahrer aus dem Stadtteil Wesertor und eine pensionierte Grundschullehrerin aus Wilhelmshöhe.

„Ich dachte, hier sitzen nur Leute, die sowieso Rad fahren“, sagte der Taxifahrer Günter Möller. „Aber die Frau neben mir kann nicht mehr gut laufen und will auch mit dem Auto zum Arzt kommen. Das hat mich überrascht.“

## Wie verbindlich ist das Votum?

Entscheiden darf der Bürgerrat nichts, das bleibt der Stadtverordnetenversammlung vorbehalten. Die Fraktionen haben sich aber verpflichtet, jede Empfehlung öffentlich zu beraten und eine Ablehnung schriftlich zu begründen. Stadtbaurätin Judith Reinhold, die das Verfahren angestoßen hat, verspricht sich davon vor allem eines:

> „Wir hören in Bürgerversammlungen immer dieselben zwanzig Stimmen. Im Bürgerrat sitzen Menschen, die sonst nie zu uns kommen würden.“

Kritik kommt von Teilen der Opposition und vom Einzelhandelsverband, der eine Vorfestlegung fürchtet. Die Kosten von rund 180.000 Euro für Moderation und Organisation seien zudem schwer zu rechtfertigen, während die Stadt an anderer Stelle spare.

Yasemin Arslan will trotzdem bis zum Ende dabeibleiben. „Ich darf noch nicht wählen“, sagt sie. „Aber hier zählt meine Stimme genauso wie die von allen anderen.“`,
  },
  {
    section: "politik",
    authors: ["lena-hartmann"],
    status: "DRAFT",
    kicker: "Länderkammer",
    title: "Bundesrat entscheidet über Brückengesetz – Ausgang offen [Arbeitstitel]",
    teaser: "ENTWURF – nach der Abstimmung aktualisieren: Die Länderkammer stimmt heute über das Gesetz zur schnelleren Sanierung maroder Brücken ab. Mehrere Länder drohen mit dem Vermittlungsausschuss, weil sie höhere Kosten fürchten.",
    tags: ["Bundesrat", "Verkehr", "Länder"],
    ageHours: 0,
    imageAlt: "Blick in den Plenarsaal des Bundesrats mit den Länderbänken und dem Präsidium",
    body: `[ENTWURF – Stand 10.45 Uhr. Ergebnis der Abstimmung einfügen, sobald TOP 14 durch ist, voraussichtlich gegen 12.30 Uhr. Zweite Fassung mit dem Ergebnis im Einstieg.]

Der Bundesrat entscheidet an diesem Freitag über eines der wichtigsten verkehrspolitischen Vorhaben des Jahres. Das sogenannte Brückenbeschleunigungsgesetz soll die Sanierung und den Ersatzneubau von rund 4.000 maroden Brücken an Autobahnen und Bundesstraßen deutlich beschleunigen. Der Bundestag hatte es vor drei Wochen mit den Stimmen der Koalition beschlossen. Weil auch Verfahren der Länderbehörden betroffen sind, ist das Gesetz zustimmungspflichtig. Nötig sind mindestens 35 der 69 Stimmen.

## Was das Gesetz vorsieht

Kern ist ein verkürztes Genehmigungsverfahren. Wird eine Brücke am selben Ort und in ähnlicher Größe ersetzt, soll künftig kein neues Planfeststellungsverfahren mehr nötig sein. Klagen gegen solche Projekte sollen nur noch in einer Instanz verhandelt werden, beim Oberverwaltungsgericht des jeweiligen Landes. Außerdem sollen Landesstraßenbauverwaltungen, die im Auftrag des Bundes arbeiten, Aufträge schneller vergeben dürfen. [Zahl prüfen: laut Begründung bis 3 Mio. Euro ohne europaweite Ausschreibung? Mit Ministerium abgleichen.]

## Warum die Länder zögern

Der Streit dreht sich weniger um die Beschleunigung selbst als ums Geld. Mehrere Länder verlangen, dass der Bund die Mehrkosten für zusätzliches Personal in den Landesbehörden übernimmt. Nach einer Aufstellung der Verkehrsministerkonferenz geht es um rund 260 Millionen Euro pro Jahr. Im Verkehrsausschuss des Bundesrats hatte eine Mehrheit empfohlen, den Vermittlungsausschuss anzurufen.

„Wir wollen schneller bauen, aber nicht auf Kosten unserer Landeshaushalte“, sagte Niedersachsens Verkehrsstaatssekretär Carsten Wendt am Morgen vor der Sitzung. [Zitat noch von der Pressestelle autorisieren lassen – Wendt wollte einen Halbsatz ändern.]

Aus Koalitionskreisen im Bund hieß es, man habe den Ländern bereits einen Kompromiss angeboten: Der Bund würde für drei Jahre die Hälfte der Personalkosten tragen. Ob das reicht, war bis zuletzt unklar.

[Abschnitt nach der Abstimmung: Wie haben die großen Länder gestimmt? Enthaltungen wegen Koalitionsstreit in mindestens zwei Landesregierungen erwartet – Namen bestätigen lassen.]

## Was bei einem Scheitern droht

Ruft der Bundesrat den Vermittlungsausschuss an, verzögert sich das Gesetz um mindestens einige Wochen, wahrscheinlich bis ins neue Jahr. Die Bauindustrie warnt bereits vor den Folgen. Jeder Monat Verzögerung bedeute, dass weitere Brücken für schwere Lkw gesperrt werden müssten, sagte der Sprecher eines Branchenverbands. Zuletzt galten bundesweit mehr als 70 Brücken als so stark beschädigt, dass sie nur noch eingeschränkt befahrbar sind. [Quelle für die 70 nachtragen, David fragen.]

[TODO: Kasten „Was ist der Vermittlungsausschuss?“ – maximal 600 Zeichen. Bild aus dem Plenarsaal anfragen.]`,
  },
];
