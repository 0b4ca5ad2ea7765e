import type { SeedArticle } from "../types";

export const articles: SeedArticle[] = [
  {
    section: "politik",
    authors: ["lena-hartmann"],
    kicker: "Asylreform",
    title: "Bundestag billigt Umsetzung der EU-Asylreform – Länder fürchten Mehraufwand",
    teaser:
      "Mit den Stimmen der Koalition hat der Bundestag das Gesetz zur Anpassung an das neue europäische Asylsystem beschlossen. Grenzverfahren sollen binnen zwölf Wochen abgeschlossen sein – die Länder sehen offene Fragen bei Personal und Unterbringung.",
    tags: ["Migration", "Bundestag", "Europäische Union"],
    ageHours: 8,
    updatedAfterHours: 3,
    imageAlt: "Abgeordnete heben im Plenarsaal des Bundestags ihre Stimmkarten bei der Abstimmung über das Asylgesetz",
    body: `Nach einer mehr als dreistündigen, teils hitzigen Debatte hat der Bundestag am Donnerstagabend das Gesetz zur Anpassung des nationalen Rechts an die Reform des Gemeinsamen Europäischen Asylsystems verabschiedet. 371 Abgeordnete stimmten dafür, 268 dagegen, 14 enthielten sich. Damit ist die umfassendste Änderung des deutschen Asylrechts seit den Neunzigerjahren beschlossen; der Bundesrat soll sich in drei Wochen abschließend damit befassen.

## Was sich konkret ändert

Kern des Gesetzes sind die sogenannten Grenzverfahren. Wer aus einem Staat kommt, dessen Anerkennungsquote EU-weit unter 20 Prozent liegt, soll künftig in einem beschleunigten Verfahren geprüft werden, das einschließlich Rechtsmittel nicht länger als zwölf Wochen dauern darf. Während dieser Zeit gelten die Betroffenen rechtlich als nicht eingereist. Hinzu kommen ein verpflichtendes Screening mit Identitätsprüfung, Gesundheitscheck und Abgleich in der erweiterten Eurodac-Datenbank sowie neue Regeln dafür, welcher Mitgliedstaat für einen Antrag zuständig ist.

„Wir schaffen Ordnung, ohne das individuelle Recht auf Asyl anzutasten“, sagte der innenpolitische Sprecher einer Koalitionsfraktion, Matthias Kellerhoff, im Plenum. Die Opposition hielt dagegen, das Gesetz gehe an mehreren Stellen über die europäischen Vorgaben hinaus. Die Abgeordnete Svenja Rautenberg kritisierte insbesondere, dass Familien mit kleinen Kindern nicht grundsätzlich von den Grenzverfahren ausgenommen werden. „Europa verlangt das nicht, Deutschland macht es trotzdem“, sagte sie.

## Länder pochen auf Geld

Leiser, aber nicht weniger bestimmt äußern sich die Länder. Die Grenzverfahren sollen vor allem an Flughäfen und in ausgewählten Aufnahmeeinrichtungen stattfinden; dafür braucht es zusätzliche Plätze, Dolmetscherinnen und Richter. Nach internen Schätzungen aus Länderkreisen fehlen allein an den Verwaltungsgerichten bundesweit rund 180 Stellen, um die kurzen Fristen einhalten zu können. Ein Sprecher des niedersächsischen Innenministeriums sagte, man unterstütze das Ziel, „aber nicht zum Nulltarif“.

## Der Zeitplan ist eng

Die europäischen Regeln gelten ab Mitte kommenden Jahres unmittelbar. Bis dahin müssen das Bundesamt für Migration und Flüchtlinge und die Bundespolizei ihre Abläufe umstellen, IT-Systeme anpassen und Personal schulen. Im Bundesamt rechnet man mit einer Übergangsphase von mindestens sechs Monaten, in der alte und neue Verfahren parallel laufen. Die Migrationsforscherin Dorothea Albrecht von der Universität Konstanz hält den Zeitplan für „ambitioniert, aber nicht unrealistisch“ – vorausgesetzt, Bund und Länder einigten sich rasch über die Finanzierung. Andernfalls, warnt sie, drohe ein Flickenteppich, in dem dieselben Regeln in Bayern anders gehandhabt würden als in Bremen.`,
  },
  {
    section: "politik",
    authors: ["jonas-berger"],
    kicker: "Nato-Treffen",
    title: "Nato-Minister verlangen schnellere Luftabwehr für die Ostflanke",
    teaser:
      "Beim Treffen der Verteidigungsminister in Brüssel stand die Lücke bei der bodengebundenen Luftverteidigung im Mittelpunkt. Deutschland sagte zusätzliche Systeme zu – und musste zugleich erklären, warum die Brigade in Litauen langsamer wächst als geplant.",
    tags: ["Nato", "Bundeswehr", "Sicherheitspolitik"],
    ageHours: 21,
    updatedAfterHours: 6,
    imageAlt: "Flaggen der Mitgliedstaaten vor dem Nato-Hauptquartier in Brüssel im Morgenlicht",
    body: `Im Nato-Hauptquartier am Brüsseler Stadtrand war am Donnerstag ein Wort häufiger zu hören als alle anderen: Luftverteidigung. Zwei Tage lang berieten die Verteidigungsminister der 32 Mitgliedstaaten darüber, wie die Allianz ihre Streitkräfte an die neuen Fähigkeitsziele anpasst, die im Frühjahr vereinbart worden waren. Nach Angaben von Diplomaten erfüllt derzeit kaum ein Staat die Vorgaben bei bodengebundenen Abwehrsystemen gegen Raketen und Drohnen vollständig.

## Deutschland sagt weitere Systeme zu

Deutschland kündigte an, bis Ende des kommenden Jahres zwei zusätzliche Feuereinheiten für die Luftverteidigung mittlerer Reichweite in Dienst zu stellen und eine davon zeitweise im Baltikum zu stationieren. „Wir reden nicht mehr über Wunschlisten, sondern über Lieferdaten“, sagte der Parlamentarische Staatssekretär Rüdiger Vahlenkamp am Rande der Sitzung. Ein Offizier aus dem Planungsstab relativierte: Die Systeme seien bestellt, die Ausbildung der Besatzungen dauere aber mindestens ein Jahr.

In einem internen Papier, das Rundblick einsehen konnte, beschreibt der Militärausschuss der Allianz die Lage nüchtern:

> Die Allianz verfügt gegenwärtig über weniger als ein Drittel der Kapazitäten, die zum Schutz der kritischen Infrastruktur im Ernstfall erforderlich wären. Ohne eine deutliche Beschleunigung der Beschaffung bleibt diese Lücke bis zum Ende des Jahrzehnts bestehen.

## Die Brigade in Litauen wächst langsamer

Kritische Fragen musste die deutsche Delegation auch zur Panzerbrigade 45 beantworten. Die Einheit soll bis 2027 mit rund 4800 Soldatinnen und Soldaten sowie etwa 200 zivilen Beschäftigten voll einsatzbereit sein. Derzeit sind nach Angaben aus Vilnius knapp 1700 Kräfte vor Ort. Der litauische Vizeverteidigungsminister Tomas Jankauskas lobte die Zusammenarbeit ausdrücklich, mahnte aber: „Kasernen allein schrecken niemanden ab. Entscheidend ist, was darin steht.“

Litauen baut auf eigene Kosten Unterkünfte, Übungsplätze und eine Schule für die Kinder der deutschen Familien. Im Verteidigungsministerium in Berlin heißt es, der Aufwuchs liege „im Rahmen“. Verzögerungen gebe es vor allem bei der Verlegung schwerer Fahrzeuge, weil Kapazitäten auf der Schiene in Polen und im Baltikum knapp seien.

## Streit um die Lastenteilung

Am zweiten Tag ging es ums Geld. Mehrere südeuropäische Staaten drängten darauf, Ausgaben für Infrastruktur und Cyberabwehr großzügiger auf das gemeinsame Ausgabenziel anzurechnen. Die baltischen Staaten und Polen lehnten das ab. Eine Einigung wurde vertagt – sie soll nun bis zum Gipfel der Staats- und Regierungschefs im Sommer stehen.`,
  },
  {
    section: "politik",
    authors: ["jonas-berger"],
    kicker: "Grenzkontrollen",
    title: "Stau auf der Stadtbrücke: Wie Kontrollen den Alltag in Frankfurt (Oder) verändern",
    teaser:
      "Seit die Bundespolizei an der Grenze zu Polen wieder stationär kontrolliert, stehen Pendler, Handwerker und Studierende im Stau. In der Doppelstadt Frankfurt (Oder) und Słubice wächst der Unmut – auf beiden Seiten der Oder.",
    tags: ["Migration", "Kommunen", "Europäische Union", "Polen"],
    ageHours: 40,
    imageAlt: "Autoschlange auf der Stadtbrücke zwischen Słubice und Frankfurt (Oder) vor einem Kontrollpunkt der Bundespolizei",
    body: `Um zehn nach sieben reicht die Schlange auf der polnischen Seite bereits bis zum Kreisverkehr hinter dem Marktplatz von Słubice. Agnieszka Wróbel, 44 Jahre alt, Pflegekraft auf der Intensivstation des Klinikums in Frankfurt (Oder), hat den Motor ihres Kleinwagens abgestellt. „Früher war ich in sechs Minuten bei der Arbeit“, sagt sie. „Jetzt plane ich vierzig ein und komme trotzdem manchmal zu spät.“

Seit die Bundespolizei an der Stadtbrücke wieder Fahrzeuge anhält, hat sich der Rhythmus der Doppelstadt verändert. Die Beamten winken die meisten Autos nach einem kurzen Blick durch. Doch jeder Lieferwagen, jeder Kleinbus wird genauer angeschaut – und das reicht, um den Verkehr zu den Stoßzeiten zum Erliegen zu bringen.

## Eine Stadt mit zwei Namen

Nach Schätzungen der Stadtverwaltung überqueren an einem gewöhnlichen Werktag rund 6000 Menschen die Oder, um zu arbeiten, einzukaufen, zu studieren oder Verwandte zu besuchen. An der Europa-Universität Viadrina pendeln Studierende zwischen den Hörsälen in Frankfurt und dem Collegium Polonicum auf der anderen Flussseite. **Für viele hier ist die Grenze keine Linie auf der Landkarte, sondern eine Straßenseite.**

Uwe Schallenberg, Elektromeister mit elf Angestellten, hat inzwischen zwei Baustellen in Słubice abgesagt. „Wenn meine Leute morgens eine Stunde im Transporter sitzen, kostet mich das pro Auftrag mehrere Hundert Euro“, rechnet er vor. Der Bäcker am Brückenplatz berichtet von weniger polnischen Kundinnen, ein Tankwart auf der anderen Seite von weniger deutschen.

## Was die Bundespolizei sagt

Die Bundespolizei verweist auf ihre Zahlen. Im vergangenen Quartal seien an den Übergängen in Ostbrandenburg mehrere Hundert unerlaubte Einreisen festgestellt und 38 mutmaßliche Schleuser festgenommen worden. „Wir versuchen, die Belastung für die Menschen in der Region so gering wie möglich zu halten“, sagte ein Sprecher. Für Berufspendler gebe es inzwischen eine eigene Spur, die allerdings nur zu bestimmten Zeiten geöffnet sei.

Im deutsch-polnischen Stadtrat, einem gemeinsamen Gremium beider Kommunen, wurde vergangene Woche eine Resolution verabschiedet. Sie fordert elektronische Vorabregistrierung für Pendler und ein Ende der Kontrollen, sobald die neuen europäischen Regeln an den Außengrenzen greifen. Die Stadträtin Katarzyna Nowicka formuliert es knapper: „Wir haben dreißig Jahre gebraucht, um zusammenzuwachsen. Man sollte uns das nicht in drei Monaten wieder auseinandernehmen.“`,
  },
  {
    section: "politik",
    authors: ["lena-hartmann", "jonas-berger"],
    kicker: "Rüstungsprojekte",
    title: "Milliarden im Eiltempo: Haushaltsausschuss gibt 14 Rüstungsprojekte frei",
    teaser:
      "In einer einzigen Sitzung hat der Haushaltsausschuss des Bundestags Beschaffungen über 9,3 Milliarden Euro gebilligt. Der Bundesrechnungshof warnt vor hohen Folgekosten, und bei einem Fahrzeugprojekt häufen sich die Verzögerungen.",
    tags: ["Bundeswehr", "Bundestag", "Bundesregierung"],
    ageHours: 95,
    imageAlt: "Geschützte Transportfahrzeuge der Bundeswehr in Reihe auf einem Kasernengelände",
    body: `Es war die längste Sitzung des Haushaltsausschusses in diesem Jahr, und sie endete kurz vor Mitternacht. 14 sogenannte 25-Millionen-Vorlagen hatte das Verteidigungsministerium eingereicht – Beschaffungen, die wegen ihres Umfangs vom Parlament einzeln freigegeben werden müssen. Am Ende stimmte der Ausschuss allen zu. Gesamtvolumen: 9,3 Milliarden Euro, verteilt auf Laufzeiten von bis zu zwölf Jahren.

## Die größten Posten

Ein Großteil des Geldes entfällt auf wenige Vorhaben:

1. Ein erweiterter Rahmenvertrag für Artilleriemunition im Kaliber 155 Millimeter über 2,8 Milliarden Euro, mit dem die Bestände bis 2029 deutlich aufgestockt werden sollen.
2. Rund 2,1 Milliarden Euro für gut 900 geschützte Transportfahrzeuge, die ältere Lastwagen aus den Neunzigerjahren ersetzen.
3. 1,4 Milliarden Euro für die nächste Tranche digitaler Funkgeräte, ein Projekt, das seit Jahren als Sorgenkind gilt.
4. Knapp 900 Millionen Euro für Ersatzteile und Instandsetzung bei Hubschraubern und Transportflugzeugen.

Die übrigen zehn Vorlagen betreffen kleinere Posten, von Nachtsichtgeräten bis zu Sanitätscontainern.

## Warnungen aus Bonn

Der Bundesrechnungshof hatte den Abgeordneten vorab eine Stellungnahme übermittelt. Darin heißt es, bei mehreren Projekten seien die Kosten für Betrieb, Wartung und Ausbildung „nicht oder nur unvollständig“ beziffert. Erfahrungsgemäß überstiegen diese Folgekosten über die Nutzungsdauer den Kaufpreis um ein Vielfaches.

Die Haushälterin Annegret Mohrmann, die für eine Koalitionsfraktion den Verteidigungsetat betreut, wies die Kritik nicht zurück. „Wir beschließen unter Zeitdruck, das stimmt“, sagte sie nach der Sitzung. „Aber jedes Jahr, das wir zögern, macht die Lücke größer und die Preise höher.“ Ihr Kollege aus der Opposition, Kai Brettschneider, sprach von einem „Durchwinkverfahren“, bei dem das Parlament seine Kontrollfunktion kaum noch ausüben könne. Die Unterlagen seien teils erst 48 Stunden vor der Sitzung eingegangen.

## Ärger um den Bergepanzer

Für Unmut sorgte ein Projekt, das gar nicht auf der Tagesordnung stand. Der Hersteller Weserland Defence Systems liegt bei der Auslieferung neuer Bergepanzer nach Informationen aus dem Ausschuss rund 14 Monate hinter dem Plan. Von 44 bestellten Fahrzeugen sind bislang sieben übergeben worden. Das Unternehmen verweist auf Lieferengpässe bei Getrieben. Mehrere Abgeordnete verlangen nun, Vertragsstrafen konsequent durchzusetzen. Das Ministerium kündigte einen Bericht bis zur nächsten Sitzungswoche an.`,
  },
  {
    section: "politik",
    authors: ["lena-hartmann"],
    kicker: "Verwaltungsgerichte",
    title: "Asylklagen stapeln sich: Verfahren dauern im Schnitt fast zwei Jahre",
    teaser:
      "An deutschen Verwaltungsgerichten sind mehr als 150.000 Asylverfahren anhängig. Richterinnen und Richter berichten von überfüllten Kammern, fehlenden Dolmetschern und Akten, die monatelang liegen bleiben.",
    tags: ["Migration", "Justiz", "Asyl"],
    ageHours: 160,
    updatedAfterHours: 12,
    imageAlt: "Aktenstapel auf einem Richtertisch in einem leeren Sitzungssaal eines Verwaltungsgerichts",
    body: `Im dritten Stock des Verwaltungsgerichts Hannover stehen die Akten inzwischen auch auf den Fensterbänken. Richter Bernd Ochsenfahrt, Vorsitzender einer der Asylkammern, zeigt auf einen Stapel mit gelben Deckeln. „Das sind Klagen aus dem vorletzten Jahr“, sagt er. „Hinter jeder steht ein Mensch, der nicht weiß, ob er bleiben darf.“

Die Lage in Hannover ist kein Einzelfall. Nach einer Umfrage des Bundes Deutscher Verwaltungsrichter und Verwaltungsrichterinnen unter den Landesjustizverwaltungen sind bundesweit mehr als 150.000 Asylklagen in erster Instanz anhängig. **Die durchschnittliche Verfahrensdauer liegt bei 21,4 Monaten** – in einzelnen Ländern sind es mehr als 30.

## Warum es so lange dauert

Die Gründe sind vielfältig. Nach einem starken Anstieg der Asylanträge hat das Bundesamt für Migration und Flüchtlinge seine Entscheidungen beschleunigt; viele Ablehnungen landen nun gleichzeitig vor Gericht. Gleichzeitig wurden an den Verwaltungsgerichten kaum neue Stellen geschaffen. Hinzu kommen praktische Hürden: Für seltene Sprachen wie Tigrinya oder Paschtu fehlen vereidigte Dolmetscher, Verhandlungen müssen verschoben werden.

„Wir haben Fälle, in denen eine Anhörung dreimal abgesagt wurde, weil niemand übersetzen konnte“, sagt Ochsenfahrt. Hinzu kommt, dass die Lage in Herkunftsländern sich schnell ändert. Ein Urteil über Syrien oder Afghanistan, das vor einem Jahr vorbereitet wurde, muss oft neu begründet werden.

## Folgen für Betroffene und Kommunen

Für die Klägerinnen und Kläger bedeutet das Warten vor allem Unsicherheit. Viele dürfen nur eingeschränkt arbeiten, Sprachkurse werden nicht immer bewilligt. Die Kommunen tragen die Kosten der Unterbringung oft über Jahre. Der Sozialdezernent einer niedersächsischen Kreisstadt, Holger Frerichs, spricht von einem „Stillstand mit Ansage“: „Niemand kann planen – weder die Menschen noch wir.“

## Was jetzt diskutiert wird

Die Justizministerinnen und -minister der Länder beraten über mehrere Vorschläge. Im Gespräch sind **Spezialkammern für einzelne Herkunftsländer**, eine bundesweit einheitliche Dolmetscherdatenbank und die Möglichkeit, mehr Verhandlungen per Video zu führen. Umstritten ist, Richter auf Probe stärker in Asylkammern einzusetzen. Der Verband der Verwaltungsrichter warnt, die Qualität der Entscheidungen dürfe nicht unter dem Tempo leiden. Ochsenfahrt sagt es so: „Schnell ist gut. Richtig ist besser.“`,
  },
  {
    section: "politik",
    authors: ["jonas-berger"],
    kicker: "Urteil aus Karlsruhe",
    title: "Bundesverfassungsgericht stärkt Bundestag bei EU-Verhandlungen",
    teaser:
      "Die Bundesregierung hat das Parlament zu spät und zu lückenhaft über Verhandlungen zu einem europäischen Rüstungsfonds informiert. Das hat der Zweite Senat in Karlsruhe entschieden – und klare Vorgaben für künftige Fälle gemacht.",
    tags: ["Justiz", "Bundestag", "Europäische Union", "Bundesverfassungsgericht"],
    ageHours: 230,
    imageAlt: "Richterinnen und Richter des Zweiten Senats in roten Roben bei der Urteilsverkündung in Karlsruhe",
    body: `Es war ein Urteil, das in Berlin genau gelesen wird. Der Zweite Senat des Bundesverfassungsgerichts hat am Dienstag entschieden, dass die Bundesregierung den Bundestag in seinen Rechten aus Artikel 23 des Grundgesetzes verletzt hat. Sie habe das Parlament während der Verhandlungen über ein europäisches Instrument zur gemeinsamen Rüstungsbeschaffung weder rechtzeitig noch umfassend unterrichtet. Die Entscheidung fiel mit sechs zu zwei Stimmen.

Geklagt hatte eine Oppositionsfraktion im sogenannten Organstreitverfahren. Sie hatte moniert, dass die Abgeordneten zentrale Verhandlungsdokumente erst erhielten, als der Kompromiss im Rat der EU im Wesentlichen bereits feststand. Ein Entwurf der Verordnung, der in Brüssel über Wochen zwischen den Mitgliedstaaten kursierte, sei dem Bundestag erst vier Tage vor der entscheidenden Ratssitzung zugeleitet worden.

## Was der Senat verlangt

In der mündlichen Begründung wurde die Berichterstatterin, Richterin Ursula Kempf-Hagedorn, deutlich. Die Pflicht zur Unterrichtung sei „kein Höflichkeitsgebot, sondern Voraussetzung parlamentarischer Verantwortung in Europa“. Der zentrale Leitsatz des Urteils lautet:

> Die Bundesregierung hat den Bundestag so früh und so vollständig zu unterrichten, dass er auf ihre Willensbildung Einfluss nehmen kann, bevor sie nach außen verbindliche Erklärungen abgibt. Dies gilt auch, wenn Verhandlungen unter Zeitdruck oder vertraulich geführt werden.

Vertraulichkeit, so der Senat weiter, rechtfertige keine Verzögerung. Der Bundestag verfüge über eigene Verfahren zum Geheimschutz, etwa die Geheimschutzstelle, in der eingestufte Dokumente eingesehen werden können. Die Regierung müsse diese Möglichkeiten nutzen, statt Informationen zurückzuhalten.

## Reaktionen in Berlin

Die klagende Fraktion sprach von einem „Sieg für das Parlament“. Ihr Europapolitiker Frederik Assmann sagte, das Urteil gehe über den Einzelfall hinaus: „Es betrifft jede Verhandlung in Brüssel, vom Haushalt bis zur Migration.“ Aus dem Auswärtigen Amt hieß es zurückhaltend, man werde das Urteil sorgfältig auswerten und die internen Abläufe anpassen.

Die beiden abweichenden Richter hielten in einem Sondervotum fest, die Regierung brauche in schnell laufenden europäischen Verhandlungen einen gewissen Spielraum. Eine zu strenge Auslegung könne Deutschland in Brüssel schwächen. Unmittelbare Folgen für den europäischen Rüstungsfonds selbst hat die Entscheidung nicht; die Verordnung bleibt in Kraft.`,
  },
  {
    section: "politik",
    authors: ["lena-hartmann"],
    kicker: "Tätigkeitsbericht",
    title: "Datenschutzbeauftragte warnt vor automatisierter Auswertung von Polizeidaten",
    teaser:
      "Die Zahl der Beschwerden beim Bundesdatenschutz ist um 18 Prozent gestiegen. In ihrem Jahresbericht kritisiert die Bundesbeauftragte vor allem Analyseprogramme bei Sicherheitsbehörden und Lücken bei der elektronischen Patientenakte.",
    tags: ["Datenschutz", "Digitalisierung", "Justiz"],
    ageHours: 301,
    imageAlt: "Eine Frau stellt in der Bundespressekonferenz einen gedruckten Jahresbericht vor, im Hintergrund ein blaues Logo",
    body: `Henrike Solms ist keine Frau der schrillen Töne. Doch bei der Vorstellung ihres Tätigkeitsberichts in der Bundespressekonferenz wählte die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit ungewöhnlich klare Worte. „Wir erleben gerade, dass Technik eingeführt wird, bevor die Rechtsgrundlage geklärt ist“, sagte sie. „Das ist die falsche Reihenfolge.“

## Die wichtigsten Befunde

Der knapp 190 Seiten starke Bericht fasst die Arbeit des vergangenen Jahres zusammen. Einige Zahlen und Ergebnisse:

- Die Behörde erhielt rund 9400 Beschwerden und damit 18 Prozent mehr als im Vorjahr. Die meisten betrafen Telekommunikationsanbieter, Inkassodienste und Bundesbehörden.
- In 47 Fällen sprach die Behörde förmliche Beanstandungen gegenüber öffentlichen Stellen des Bundes aus, etwa wegen zu langer Speicherfristen.
- Die gemeldeten Datenpannen stiegen auf gut 11.000, darunter mehrere Cyberangriffe auf Dienstleister von Krankenkassen.
- Beratungsanfragen von Ministerien zu Gesetzentwürfen verdoppelten sich nahezu.

## Streitpunkt Datenanalyse

Im Zentrum der Kritik steht die geplante automatisierte Auswertung großer Datenbestände bei Bundeskriminalamt und Bundespolizei. Mit solchen Programmen sollen Ermittler Verbindungen zwischen Personen, Fahrzeugen und Ereignissen schneller erkennen. Solms verwies darauf, dass das Bundesverfassungsgericht für derartige Analysen enge Grenzen gezogen hat. Wer unverdächtige Personen in solche Auswertungen einbeziehe, brauche eine präzise gesetzliche Grundlage, klare Schwellen und eine unabhängige Kontrolle. „All das sehe ich im derzeitigen Entwurf nur in Ansätzen“, sagte sie.

Das Bundesinnenministerium wies die Kritik zurück. Ein Sprecher erklärte, der Entwurf enthalte Protokollierungspflichten und eine richterliche Anordnung für besonders eingriffsintensive Abfragen. Man sei mit der Datenschutzbehörde „im konstruktiven Austausch“.

## Gesundheitsdaten und Behördenchats

Auch bei der elektronischen Patientenakte sieht Solms Nachbesserungsbedarf. Versicherte könnten zwar widersprechen, viele wüssten aber nicht, wie. Die Informationsschreiben der Kassen seien teilweise „für Laien schlicht unverständlich“. Zudem beanstandete die Behörde, dass in mehreren Bundesbehörden dienstliche Absprachen über private Messenger-Dienste liefen. Solms forderte, für alle Bundesbehörden einheitliche, sichere Kommunikationswege vorzuschreiben. Im Herbst will ihre Behörde stichprobenartig prüfen, ob sich etwas geändert hat.`,
  },
  {
    section: "politik",
    authors: ["jonas-berger"],
    kicker: "Entwicklungspolitik",
    title: "Weniger Geld, strengere Auswahl: Entwicklungshilfe vor dem Umbau",
    teaser:
      "Der Etat für Entwicklungszusammenarbeit schrumpft zum dritten Mal in Folge. Ein neues Strategiepapier soll festlegen, wo Deutschland sich künftig engagiert – und wo nicht. In Sambia verfolgt man die Debatte mit Sorge.",
    tags: ["Bundesregierung", "Entwicklungspolitik", "Afrika"],
    ageHours: 370,
    imageAlt: "Bäuerinnen neben einer solarbetriebenen Bewässerungspumpe auf einem Maisfeld in Sambia",
    body: `Die Pumpe surrt leise, gespeist von sechs Solarmodulen, die auf einem Holzgestell am Rand des Feldes stehen. Esther Mwansa, Vorsitzende einer Kooperative mit 62 Bäuerinnen in der Nähe von Chipata im Osten Sambias, öffnet den Schieber, und Wasser läuft in die Furchen. „Vor drei Jahren haben wir einmal im Jahr geerntet“, sagt sie. „Jetzt sind es zweimal, in guten Jahren dreimal.“

Das Bewässerungsprojekt wird mit deutschen Mitteln gefördert, gemeinsam mit der sambischen Regierung und einer Entwicklungsbank. Ob es in zwei Jahren noch verlängert wird, ist offen. Denn in Berlin wird gekürzt: Der Haushalt des Bundesministeriums für wirtschaftliche Zusammenarbeit und Entwicklung sinkt im kommenden Jahr erneut, diesmal um rund 900 Millionen Euro. Seit dem Höchststand vor drei Jahren fehlen damit fast zwei Milliarden Euro.

## Was das Strategiepapier vorsieht

Im Ministerium arbeitet man an einem Papier, das die Zahl der Partnerländer verringern und das Geld bündeln soll. Nach Informationen von Rundblick sieht der Entwurf im Kern vier Prioritäten vor:

1. Ernährungssicherheit und ländliche Entwicklung, vor allem in Afrika südlich der Sahara.
2. Die Energiewende in großen Schwellenländern, bei der private Investitionen eine größere Rolle spielen sollen.
3. Stabilisierung in Krisenregionen, eng abgestimmt mit humanitärer Hilfe und Auswärtigem Amt.
4. Gesundheitssysteme und Impfstoffproduktion auf dem afrikanischen Kontinent.

Projekte, die keinem dieser Bereiche zuzuordnen sind, sollen auslaufen. Betroffen wären nach internen Schätzungen bis zu ein Fünftel der laufenden Vorhaben.

## Kritik von Hilfsorganisationen

Der Dachverband entwicklungspolitischer Organisationen warnt vor einem Rückzug zur Unzeit. Andere Geber, darunter mehrere europäische Staaten, kürzten ebenfalls, sagt die Referentin Johanna Eichler. „Die Lücken, die entstehen, füllen andere – und zwar nicht unbedingt Staaten, die unsere Werte teilen.“ Im Haushaltsausschuss gibt es dagegen Stimmen, die die Konzentration begrüßen. Man könne nicht überall gleichzeitig wirken, heißt es dort.

In Chipata hat Esther Mwansa von der Debatte gehört, über einen Mitarbeiter des Projekts. Sie zuckt mit den Schultern. Die Pumpe gehöre inzwischen der Kooperative, sagt sie. Was fehlen würde, seien die Schulungen, der Zugang zu Saatgut, die Verbindung zu den Märkten in Lusaka. „Eine Pumpe allein macht noch keinen Betrieb.“`,
  },
  {
    section: "politik",
    authors: ["jonas-berger"],
    kicker: "Mercosur-Abkommen",
    title: "Handelsabkommen mit Südamerika: Europaparlament vor knapper Entscheidung",
    teaser:
      "Nach mehr als zwei Jahrzehnten Verhandlungen steht das Abkommen zwischen der EU und den Mercosur-Staaten vor der entscheidenden Abstimmung. Exporteure hoffen auf neue Märkte, Landwirte fürchten Billigkonkurrenz.",
    tags: ["Europäische Union", "Landwirtschaft", "Handel"],
    ageHours: 450,
    updatedAfterHours: 24,
    imageAlt: "Containerschiffe an einem Terminal im Hafen von Hamburg unter grauem Himmel",
    body: `Im Handelsausschuss des Europäischen Parlaments wird in diesen Tagen gezählt. Wie viele Abgeordnete stimmen für das Partnerschaftsabkommen mit Brasilien, Argentinien, Uruguay und Paraguay, wie viele dagegen, wer enthält sich? Nach einer internen Zählung, die in Straßburg kursiert, könnte die Mehrheit bei weniger als 20 Stimmen liegen. **Es ist das umstrittenste Handelsabkommen seit Jahren** – und vermutlich auch das folgenreichste.

## Worum es geht

Das Abkommen würde einen Markt mit mehr als 700 Millionen Menschen schaffen. Die Mercosur-Staaten sollen ihre teils hohen Zölle auf Autos, Maschinen, Chemikalien und Arzneimittel schrittweise abbauen – bei Autos etwa von bis zu 35 Prozent auf null, verteilt auf 15 Jahre. Im Gegenzug erhalten südamerikanische Erzeuger zollbegünstigte Kontingente für Rindfleisch, Geflügel, Zucker und Ethanol.

Für die deutsche Industrie ist das eine Chance. Ein Maschinenbauer aus Baden-Württemberg, der in São Paulo eine Niederlassung betreibt, rechnet vor, dass seine Anlagen in Brasilien derzeit um ein Viertel teurer sind als die chinesischer Wettbewerber – allein wegen der Zölle. „Wir verlieren dort jedes Jahr Aufträge, die wir technisch gewinnen würden“, sagt dessen Vertriebschef Martin Oberländer.

## Widerstand vom Land

Auf der anderen Seite stehen die Landwirte. Vor dem Parlamentsgebäude in Straßburg protestierten vergangene Woche mehrere Hundert Bauern aus Frankreich, Belgien und Deutschland. Sie verweisen auf unterschiedliche Standards bei Pflanzenschutz und Tierhaltung. Die französische Abgeordnete Élodie Marchetti sagte: „Wir verlangen von unseren Bauern das Strengste der Welt und öffnen dann die Tür für Produkte, die dem nicht genügen.“

Die Kommission hält dagegen, die Kontingente entsprächen weniger als zwei Prozent des europäischen Rindfleischkonsums. Zudem sieht ein Zusatzprotokoll eine Schutzklausel vor, mit der Einfuhren ausgesetzt werden können, wenn die Preise in der EU drastisch fallen.

## Das Rechtsgutachten als Nadelöhr

Zusätzlich erschwert wird die Lage durch einen Antrag, das Abkommen vor der Abstimmung dem Europäischen Gerichtshof zur Prüfung vorzulegen. Das könnte die Ratifizierung um bis zu zwei Jahre verzögern. Die deutsche Abgeordnete Karin Lohwasser, die das Abkommen unterstützt, nennt das eine „Vertagung durch die Hintertür“. Die Abstimmung im Ausschuss ist für Anfang kommenden Monats angesetzt; das Plenum könnte dann noch vor der Sommerpause entscheiden.`,
  },
  {
    section: "politik",
    authors: ["jonas-berger"],
    kicker: "Wahlbeobachtung",
    title: "Mit Klemmbrett und Checkliste: Deutsche Wahlbeobachter bereiten sich vor",
    teaser:
      "Bevor sie für die OSZE in Wahllokale in aller Welt reisen, lernen Lehrerinnen, Juristen und Pensionäre in Berlin, worauf sie achten müssen. Ein Besuch im Trainingskurs des Zentrums für Internationale Friedenseinsätze.",
    tags: ["Wahlbeobachtung", "OSZE", "Demokratie"],
    ageHours: 520,
    imageAlt: "Teilnehmende eines Trainingskurses beugen sich in einem Seminarraum über nachgebaute Wahlurnen und Stimmzettel",
    body: `Die Wahlurne ist aus durchsichtigem Kunststoff, der Stimmzettel ein Fantasieprodukt mit fünf erfundenen Parteien. Trotzdem nehmen die 24 Frauen und Männer im Seminarraum in Berlin-Mitte die Übung ernst. Gerade hat eine Trainerin eine Szene gespielt: Ein Wahlhelfer reicht einem älteren Mann den Stimmzettel und begleitet ihn dann in die Kabine. Was jetzt? Ins Protokoll schreiben? Eingreifen? Die Antwort kommt von Friederike Aschauer, die den Kurs leitet: „Beobachten, dokumentieren, niemals eingreifen.“

## Ehrenamt mit strengen Regeln

Das Zentrum für Internationale Friedenseinsätze bereitet seit Jahren Zivilpersonen auf Einsätze in Wahlbeobachtungsmissionen vor, vor allem für die Organisation für Sicherheit und Zusammenarbeit in Europa und die Europäische Union. Die Teilnehmenden bringen unterschiedliche Berufe mit. Gerd Hollmann, 67, war Mathematiklehrer in Bielefeld und hat bereits an neun Missionen teilgenommen. Mariam Haddad, 34, ist Verwaltungsjuristin in Köln und fährt zum ersten Mal mit.

In welche Länder sie in den kommenden Monaten reisen, möchte das Zentrum aus Sicherheitsgründen nicht für einzelne Personen nennen. Klar ist: Kurzzeitbeobachter bleiben meist etwa eine Woche im Land, arbeiten in gemischten Zweierteams und besuchen am Wahltag zehn bis fünfzehn Wahllokale.

## Was am Wahltag geprüft wird

Für jedes Wahllokal gibt es einen standardisierten Fragebogen. Im Kurs wird er Punkt für Punkt durchgegangen:

1. Öffnet das Wahllokal pünktlich, und ist die Urne vor Beginn nachweislich leer und versiegelt?
2. Können Wählerinnen und Wähler geheim abstimmen, oder stehen Kabinen so, dass man einsehen kann?
3. Halten sich Unbefugte im Raum auf, etwa Vertreter von Behörden oder Parteien ohne Akkreditierung?
4. Wird bei der Auszählung jeder Stimmzettel sichtbar gezeigt, und stimmen die Summen mit der Wählerliste überein?

„Wir sind keine Richter“, sagt Aschauer. „Wir sind Zeugen.“ Die Berichte der Teams werden zentral ausgewertet; erst aus Hunderten Beobachtungen entsteht das Gesamturteil einer Mission.

## Warum Hollmann immer wieder fährt

In der Kaffeepause erzählt Hollmann von einer Auszählung, die bis vier Uhr morgens dauerte, bei Kerzenlicht, weil der Strom ausgefallen war. Niemand habe aufgegeben, die Wahlhelfer nicht und die Beobachter auch nicht. „Man sieht dort, wie viel Menschen eine Wahl bedeutet“, sagt er. „Das nimmt man mit nach Hause, gerade in Zeiten, in denen bei uns manche das Wählen für selbstverständlich halten.“`,
  },
  {
    section: "politik",
    authors: ["jonas-berger"],
    kicker: "Hybride Bedrohungen",
    title: "Beschädigtes Kabel in der Ostsee: Marine verstärkt Überwachung",
    teaser:
      "Nach einem Schaden an einer Datenleitung zwischen Deutschland und Dänemark schickt die Marine zusätzliche Schiffe in die westliche Ostsee. Im Verdacht steht ein Tanker, der mit schleifendem Anker unterwegs gewesen sein soll.",
    tags: ["Nato", "Bundeswehr", "Ostsee", "Sicherheitspolitik"],
    ageHours: 600,
    imageAlt: "Eine graue Fregatte der Deutschen Marine fährt bei rauer See durch die Ostsee",
    body: `Die Störung begann am Sonntagmorgen um 4.37 Uhr. Innerhalb weniger Minuten fiel auf einer Datenleitung zwischen der Insel Fehmarn und der dänischen Insel Lolland ein großer Teil der Kapazität aus. Der Betreiber, ein skandinavisches Telekommunikationskonsortium, leitete den Verkehr über andere Verbindungen um. Für Privatkunden blieb der Ausfall weitgehend unbemerkt. In Sicherheitskreisen dagegen schrillen seither die Alarmglocken.

## Ein Tanker mit auffälligem Kurs

Nach Informationen von Rundblick konzentrieren sich die Ermittlungen auf einen älteren Öltanker, der zum fraglichen Zeitpunkt die Stelle passierte. Auswertungen der Positionsdaten zeigen, dass das Schiff seine Geschwindigkeit über eine Strecke von rund zwölf Seemeilen auffällig reduzierte – ein Muster, das zu einem nachgeschleppten Anker passen würde. Der Tanker fährt unter der Flagge eines Staates, der für laxe Kontrollen bekannt ist, und wechselte in den vergangenen zwei Jahren dreimal den Eigentümer.

Dänische Behörden haben das Schiff inzwischen vor Anker gehen lassen und eine Inspektion angeordnet. Die Bundesanwaltschaft prüft nach Angaben einer Sprecherin, ob ein Anfangsverdacht für die Zerstörung wichtiger Arbeitsmittel vorliegt. Ob der Schaden absichtlich herbeigeführt wurde, ist offen.

## Mehr Schiffe, mehr Sensoren

Die Deutsche Marine hat zwei zusätzliche Einheiten in die westliche Ostsee verlegt, darunter eine Fregatte aus Wilhelmshaven. Vom Marinekommando in Rostock aus werden die Bewegungen verdächtiger Schiffe gemeinsam mit Partnern aus Dänemark, Schweden und Polen verfolgt. Ein Stabsoffizier beschreibt die Herausforderung so:

> Wir sprechen von Tausenden Kilometern Kabeln und Leitungen am Meeresboden und von mehreren Tausend Schiffsbewegungen am Tag. Lückenlos schützen lässt sich das nicht. Wir können aber abschrecken, schneller erkennen und schneller reagieren.

Dazu sollen künftig auch unbemannte Unterwasserfahrzeuge und Sensoren am Meeresboden beitragen. Ein entsprechendes Vorhaben liegt bereits im Verteidigungsministerium, die Finanzierung ist allerdings noch nicht gesichert.

Der Sicherheitsexperte Lukas Terhorst vom Institut für Sicherheitspolitik an der Universität Kiel hält die Reaktion für richtig, aber nicht ausreichend. Entscheidend sei, die sogenannten Schattenflotten zu erfassen – Schiffe mit undurchsichtigen Eigentumsverhältnissen und mangelhafter Versicherung. „Solange solche Tanker ungehindert durch die Ostsee fahren dürfen, bleibt jedes Kabel ein Risiko“, sagt Terhorst. Er fordert, Versicherungsnachweise bei der Durchfahrt dänischer Meerengen systematisch zu kontrollieren.`,
  },
  {
    section: "politik",
    authors: ["jonas-berger"],
    kicker: "Informeller EU-Gipfel",
    title: "Sondergipfel in Brüssel: EU-Staaten einigen sich auf gemeinsame Rüstungskredite",
    teaser:
      "Bei einem informellen Treffen haben sich die Staats- und Regierungschefs auf ein Kreditprogramm für gemeinsame Rüstungsprojekte verständigt. Offen blieb, wie das Geld zurückgezahlt wird – der Streit ist auf den regulären Gipfel vertagt.",
    tags: ["Europäische Union", "Sicherheitspolitik", "EU-Gipfel"],
    ageHours: 691,
    imageAlt: "Staats- und Regierungschefs der EU stehen beim Familienfoto vor dem Europa-Gebäude in Brüssel",
    body: `Es war als kurzes Arbeitstreffen angekündigt, am Ende dauerte es bis in die frühen Morgenstunden. Kurz nach zwei Uhr trat der Präsident des Europäischen Rates vor die Presse im Europa-Gebäude und verkündete eine Einigung, die noch vor einem Jahr undenkbar gewesen wäre: Die 27 Mitgliedstaaten wollen gemeinsam Kredite aufnehmen, um Rüstungsprojekte zu finanzieren.

## Was vereinbart wurde

Die Erklärung des Sondergipfels umfasst nur zwei Seiten. Die wichtigsten Punkte:

- Die EU-Kommission soll an den Kapitalmärkten bis zu 150 Milliarden Euro aufnehmen und als zinsgünstige Darlehen an Mitgliedstaaten weitergeben.
- Gefördert werden nur Projekte, an denen mindestens zwei EU-Staaten beteiligt sind, vorrangig Luftverteidigung, Munition und Drohnenabwehr.
- Mindestens 65 Prozent der Wertschöpfung müssen in der EU, im Europäischen Wirtschaftsraum oder in der Ukraine liegen.
- Die Kommission soll bis zum regulären Gipfel in gut vier Wochen einen Verordnungsentwurf vorlegen.

## Wer sich durchsetzte

Ein EU-Diplomat sprach von einem „klassischen Brüsseler Kompromiss, bei dem jeder etwas mitnimmt und keiner ganz zufrieden ist“. Frankreich und die südlichen Mitgliedstaaten hatten auf gemeinsame Schulden gedrängt, die Niederlande und Österreich bis zuletzt gebremst. Die deutsche Delegation stimmte schließlich zu, nachdem klargestellt worden war, dass es sich um Darlehen handelt, die die Mitgliedstaaten selbst zurückzahlen – und nicht um Zuschüsse.

Umstritten war bis zuletzt die Frage, ob Unternehmen aus Großbritannien, Norwegen oder der Türkei beteiligt werden dürfen. Die Formel, auf die man sich einigte, lässt das bewusst offen: Drittstaaten können teilnehmen, wenn sie ein gesondertes Sicherheitsabkommen mit der EU geschlossen haben.

## Der eigentliche Streit kommt noch

Vertagt wurde die grundsätzlichere Frage, wie Europa seine Verteidigung dauerhaft bezahlen will. Mehrere Regierungen wollen im nächsten mehrjährigen Finanzrahmen einen eigenen Verteidigungshaushalt verankern, andere lehnen das kategorisch ab. „Heute haben wir ein Werkzeug geschaffen“, sagte der deutsche Europastaatssekretär Clemens Rabenau. „Ob daraus eine Werkstatt wird, entscheiden wir beim nächsten Mal.“

Die Märkte reagierten gelassen, die Aktien großer europäischer Rüstungskonzerne legten am Morgen leicht zu. In Brüssel begann derweil bereits die Arbeit an den Details – und an der Tagesordnung für den regulären Gipfel.`,
  },
  {
    section: "politik",
    authors: ["jonas-berger"],
    kicker: "EU-Gipfel",
    title: "EU-Gipfel in Brüssel: Haushaltsstreit und Erweiterung ganz oben auf der Agenda",
    teaser:
      "Vier Wochen nach dem Sondergipfel kommen die Staats- und Regierungschefs zu ihrem regulären Treffen zusammen. Diesmal geht es ums Grundsätzliche: den nächsten Finanzrahmen, die Rüstungskredite und den Beitrittsprozess auf dem Westbalkan.",
    tags: ["Europäische Union", "EU-Gipfel", "Sicherheitspolitik"],
    ageHours: -30,
    status: "SCHEDULED",
    imageAlt: "Absperrgitter und Polizeifahrzeuge vor dem Europa-Gebäude in Brüssel am Morgen vor dem EU-Gipfel",
    body: `Wenn die Staats- und Regierungschefs der 27 Mitgliedstaaten an diesem Donnerstag im Brüsseler Europa-Gebäude zusammenkommen, liegt ein ungewöhnlich dichtes Programm vor ihnen. Zwei Tage sind angesetzt, Diplomaten halten eine Verlängerung bis in die Nacht zum Samstag für wahrscheinlich. „Es gibt diesmal keine kleinen Themen“, sagt ein Ratsbeamter, der an der Vorbereitung beteiligt ist.

## Das Geld für die nächsten sieben Jahre

Im Mittelpunkt steht der mehrjährige Finanzrahmen, der ab dem übernächsten Jahr gelten soll. Die Kommission hat ein Volumen von knapp 1,3 Prozent der europäischen Wirtschaftsleistung vorgeschlagen – mehr als bisher, vor allem wegen neuer Aufgaben in der Verteidigung und der Rückzahlung der Corona-Wiederaufbaukredite. Die sogenannten Nettozahler, darunter Deutschland, Schweden und die Niederlande, halten das für deutlich zu hoch. Die Empfängerländer im Süden und Osten wollen an den Agrar- und Kohäsionsmitteln nichts kürzen lassen.

Eine Einigung wird an diesem Gipfel niemand erwarten. Es geht um die Richtung. Im Entwurf der Schlussfolgerungen, der Rundblick vorliegt, heißt es vorsichtig:

> Der Europäische Rat ersucht die Kommission und den Vorsitz, die Arbeiten mit dem Ziel fortzusetzen, bis zum Ende des Jahres eine ausgewogene Verhandlungsgrundlage vorzulegen, die den neuen Prioritäten der Union und den haushaltspolitischen Zwängen der Mitgliedstaaten gleichermaßen Rechnung trägt.

## Die Rüstungskredite nehmen Gestalt an

Beim Sondergipfel vor vier Wochen hatten sich die Mitgliedstaaten grundsätzlich auf ein Kreditprogramm von bis zu 150 Milliarden Euro für gemeinsame Rüstungsprojekte verständigt. Inzwischen liegt der Verordnungsentwurf der Kommission vor. Strittig ist vor allem, wie streng die Regeln für die Beteiligung von Unternehmen aus Drittstaaten ausfallen sollen. Paris will sie eng fassen, Berlin und Warschau plädieren für mehr Offenheit, um Lieferzeiten zu verkürzen. „Wir brauchen die Systeme in zwei Jahren, nicht in zehn“, sagt ein Diplomat aus einem östlichen Mitgliedstaat.

## Neue Bewegung beim Westbalkan

Am zweiten Gipfeltag soll es um die Erweiterung gehen. Mehrere Kandidatenländer haben in den vergangenen Monaten Reformen bei Justiz und Korruptionsbekämpfung beschlossen, die Kommission empfiehlt, weitere Verhandlungskapitel zu öffnen. Einstimmigkeit ist nötig, und mindestens ein Mitgliedstaat hat Vorbehalte angemeldet. Der deutsche Europastaatssekretär Clemens Rabenau gibt sich dennoch zuversichtlich: Man habe den Beitrittsländern Versprechen gemacht, „und die sollten wir nicht jedes Mal aufs Neue vertagen“. Ob die Runde ihm folgt, wird sich frühestens am Freitagabend zeigen.`,
  },
];
