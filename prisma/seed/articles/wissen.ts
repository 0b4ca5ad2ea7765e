import type { SeedArticle } from "../types";

export const articles: SeedArticle[] = [
  {
    section: "wissen",
    authors: ["tobias-reimann"],
    kicker: "Klimaforschung",
    title: "Hitzewellen im Meer: Die Nordsee erwärmt sich schneller als gedacht",
    teaser: "Eine Auswertung von mehr als 40 Jahren Messdaten zeigt, dass marine Hitzewellen in der Nordsee häufiger, länger und intensiver werden. Für Kabeljau, Seegras und Fischerei hat das spürbare Folgen.",
    tags: ["Klimaschutz", "Forschung", "Meer"],
    ageHours: 7,
    updatedAfterHours: 3,
    imageAlt: "Ein Forschungsschiff mit ausgefahrenem Messkran auf ruhiger, grauer Nordsee bei diesigem Licht",
    body: `Im vergangenen Sommer lag die Wassertemperatur vor Helgoland an 38 Tagen mehr als zwei Grad über dem langjährigen Mittel. Das ist kein Ausreißer, sondern Teil eines Trends, den ein Team um die Ozeanografin Dr. Kerstin Vahlbruch nun erstmals umfassend beschrieben hat. Die Studie, erschienen in einer Fachzeitschrift für Meeresforschung, wertet Satellitendaten und Messungen von Bojen und Forschungsschiffen aus den Jahren 1982 bis heute aus.

## Doppelt so viele Hitzetage

Das zentrale Ergebnis: Die Zahl der Tage, an denen in der Nordsee eine marine Hitzewelle herrscht, hat sich seit den Achtzigerjahren mehr als verdoppelt. Als Hitzewelle gilt, wenn die Oberflächentemperatur an mindestens fünf aufeinanderfolgenden Tagen den Wert überschreitet, der in 90 Prozent der Vergleichsjahre nicht erreicht wurde. Besonders betroffen ist die flache südliche Nordsee, also das Gebiet vor der niederländischen, deutschen und dänischen Küste.

„Flaches Wasser reagiert wie ein Planschbecken“, sagt Vahlbruch. „Es heizt sich schnell auf und hat kaum Kaltwasser in der Tiefe, das ausgleichen könnte.“ Hinzu komme, dass windstille Hochdrucklagen im Sommer häufiger und länger auftreten, was die Durchmischung des Wassers zusätzlich bremst.

## Was das für Tiere und Pflanzen bedeutet

Die Folgen sind bereits messbar. Der Kabeljau, der kühles Wasser bevorzugt, ist in den vergangenen Jahrzehnten deutlich nach Norden abgewandert. Gleichzeitig tauchen Arten wie Sardelle und Streifenbarbe häufiger auf, die früher vor allem im Ärmelkanal und in der Biskaya zu Hause waren. Seegraswiesen im Wattenmeer, wichtige Kinderstuben für Jungfische, leiden unter den Hitzeperioden, weil sie bei hohen Temperaturen anfälliger für Krankheiten werden.

Die Forschenden betonen allerdings, dass die Nordsee kein einheitlicher Raum sei. In der tieferen nördlichen Nordsee seien die Veränderungen schwächer ausgeprägt.

## Forderung nach besserer Überwachung

Vahlbruch und ihre Kolleginnen und Kollegen fordern ein dichteres Netz von Messstationen, vor allem am Meeresboden. Bislang werde vor allem die Oberfläche beobachtet, obwohl für viele Lebewesen die Bedingungen in der Tiefe entscheidend seien. Für die kommenden Jahrzehnte rechnen die Modelle des Teams mit einer weiteren Zunahme – wie stark, hänge vor allem davon ab, wie schnell die weltweiten Emissionen sinken.`,
  },
  {
    section: "wissen",
    authors: ["tobias-reimann"],
    kicker: "Medizin",
    title: "Reha nach dem Herzinfarkt: Digitales Training wirkt so gut wie die Klinik",
    teaser: "In einer großen Studie mit 1.240 Patientinnen und Patienten schnitt eine telemedizinisch betreute Reha zu Hause nicht schlechter ab als der Aufenthalt in einer Rehaklinik. Fachleute sehen darin eine Chance für ländliche Regionen.",
    tags: ["Medizin", "Gesundheit", "Digitalisierung"],
    ageHours: 43,
    imageAlt: "Ein älterer Mann trainiert im Wohnzimmer auf einem Heimtrainer, neben ihm ein Tablet mit Pulsanzeige",
    body: `Nach einem Herzinfarkt gehört die Rehabilitation zu den wirksamsten Maßnahmen, um einen zweiten Infarkt zu verhindern. Trotzdem tritt in Deutschland nach Schätzungen nur etwa die Hälfte der Betroffenen eine Reha an. Die Gründe sind oft praktischer Natur: lange Anfahrtswege, die Pflege von Angehörigen, der Job. Eine neue Studie zeigt nun, dass es auch anders gehen könnte.

## Aufbau der Studie

Ein Verbund aus elf Herzzentren, koordiniert von der Kardiologin Prof. Dr. Ulrike Harnisch, hat 1.240 Patientinnen und Patienten nach einem Herzinfarkt zufällig auf zwei Gruppen verteilt. Die eine Hälfte absolvierte eine klassische dreiwöchige stationäre Reha. Die andere erhielt ein Trainingsgerät, einen Brustgurt zur Pulsmessung und ein Tablet, über das Physiotherapeuten und Ärztinnen das Training zwölf Wochen lang begleiteten. Einmal pro Woche gab es eine Videosprechstunde, dazu Kurse zu Ernährung und Rauchentwöhnung.

Gemessen wurde nach einem Jahr vor allem die körperliche Belastbarkeit auf dem Fahrradergometer. Außerdem erfassten die Forschenden erneute Klinikaufenthalte, Blutdruck, Cholesterinwerte und die Lebensqualität.

## Die wichtigsten Ergebnisse

- Die Belastbarkeit verbesserte sich in beiden Gruppen in vergleichbarem Maß, im Schnitt um rund 20 Prozent.
- Bei erneuten Krankenhausaufenthalten gab es keinen statistisch bedeutsamen Unterschied.
- Die Teilnehmenden der Heimgruppe hielten das Training häufiger auch nach Ende des Programms durch.
- Abgebrochen haben in der digitalen Gruppe 9 Prozent, in der Klinikgruppe 6 Prozent.

„Wir haben nicht erwartet, dass die Heimgruppe langfristig sogar aktiver bleibt“, sagt Harnisch. Ihre Erklärung: Wer von Anfang an zu Hause trainiere, baue die Bewegung leichter in den Alltag ein.

## Nicht für alle geeignet

Die Forschenden warnen jedoch vor voreiligen Schlüssen. In die Studie wurden nur Patienten aufgenommen, deren Infarkt ohne schwere Komplikationen verlaufen war. Wer zusätzlich an Herzschwäche leidet oder nach einer Bypass-Operation kommt, brauche weiterhin die engmaschige Betreuung einer Klinik. Zudem setze das Modell eine stabile Internetverbindung voraus, die gerade in ländlichen Gegenden nicht selbstverständlich sei.

Ob die Krankenkassen das Programm künftig bezahlen, ist offen. Harnisch hofft auf eine Entscheidung innerhalb der nächsten zwei Jahre.`,
  },
  {
    section: "wissen",
    authors: ["tobias-reimann"],
    kicker: "Raumfahrt",
    title: "Bremer Kleinsatellit „Lumen-1“ sendet erste Signale aus dem Orbit",
    teaser: "Ein Satellit von der Größe eines Schuhkartons soll zeigen, wie sich Waldbrände früher aus dem All erkennen lassen. Gebaut hat ihn ein junges Unternehmen aus Bremen mit gerade einmal 23 Beschäftigten.",
    tags: ["Raumfahrt", "Forschung", "Klimaschutz"],
    ageHours: 96,
    imageAlt: "Ein Ingenieurteam jubelt in einem kleinen Kontrollraum vor Bildschirmen mit Telemetriedaten",
    body: `Um 4.17 Uhr in der Nacht zum Dienstag kam das erste Signal. In einem umgebauten Lagerhaus in der Bremer Überseestadt lagen sich zwei Dutzend Menschen in den Armen, einige hatten seit 30 Stunden nicht geschlafen. „Lumen-1“, der erste Satellit des Start-ups Weserorbit, hatte sich gemeldet – gut eine Stunde nach dem Start von einem Weltraumbahnhof in Französisch-Guayana.

## Infrarotaugen für den Brandschutz

Der Satellit ist ein sogenannter Cubesat, zehn mal zehn mal dreißig Zentimeter groß und knapp vier Kilogramm schwer. An Bord ist eine Infrarotkamera, die Temperaturunterschiede am Boden erkennen kann. Ziel ist es, Waldbrände schon in der Entstehungsphase zu entdecken, wenn sie nur wenige Quadratmeter groß sind. Herkömmliche Erdbeobachtungssatelliten überfliegen dieselbe Stelle oft nur alle paar Tage; Weserorbit plant langfristig eine Flotte von 36 Satelliten, die jeden Punkt in Mitteleuropa mehrmals täglich erfassen.

„Ein Feuer, das man in den ersten zwanzig Minuten findet, ist ein Einsatz für die Ortsfeuerwehr. Nach drei Stunden ist es eine Katastrophe“, sagt Mitgründerin und Technikchefin Dr. Nadia Lorenzen, die vorher mehrere Jahre an Instrumenten für Forschungssatelliten gearbeitet hat.

## Bremen als Raumfahrtstandort

Dass ausgerechnet Bremen zum Heimathafen des jungen Unternehmens geworden ist, ist kein Zufall. Die Stadt ist seit Jahrzehnten einer der wichtigsten Standorte der europäischen Raumfahrtindustrie, mit großen Zulieferern, dem Institut für Raumfahrtsysteme des Deutschen Zentrums für Luft- und Raumfahrt und einer Universität mit eigenem Schwerpunkt. Weserorbit profitiert von diesem Umfeld, etwa bei der Nutzung von Testanlagen für Vibration und Vakuum.

Finanziert wurde „Lumen-1“ mit rund 2,8 Millionen Euro, zum Teil aus Fördermitteln, zum Teil von privaten Investoren.

## Die nächsten Wochen entscheiden

Ob die Mission ein Erfolg wird, zeigt sich erst in den kommenden Wochen. Zunächst müssen die Solarpaneele vollständig ausgeklappt und die Lageregelung kalibriert werden. Die ersten Testbilder erwartet das Team in etwa zehn Tagen. Gelingt der Test, sollen die Daten ab dem nächsten Sommer gemeinsam mit Forstbehörden in Brandenburg und Niedersachsen erprobt werden – zwei Bundesländern, die in den vergangenen Jahren besonders unter Waldbränden gelitten haben.`,
  },
  {
    section: "wissen",
    authors: ["tobias-reimann"],
    kicker: "Archäologie",
    title: "Bronzezeitliches Fürstengrab bei Halle entdeckt",
    teaser: "Beim Bau einer Stromtrasse stießen Archäologen in Sachsen-Anhalt auf ein außergewöhnlich reich ausgestattetes Grab. Der Fund könnte neues Licht auf die Machtstrukturen vor rund 3.800 Jahren werfen.",
    tags: ["Archäologie", "Forschung", "Energie"],
    ageHours: 180,
    updatedAfterHours: 20,
    imageAlt: "Archäologinnen legen in einer Grabungsfläche mit Pinseln und Kellen einen Steinkreis frei",
    body: `Eigentlich sollte hier nur ein Mast für eine neue Höchstspannungsleitung entstehen. Doch als das Grabungsteam, das die Baustelle wie vorgeschrieben vorab untersuchte, auf einem Acker nordwestlich von Halle die oberste Erdschicht abtrug, zeichnete sich ein kreisrunder dunkler Fleck von fast 20 Metern Durchmesser ab. Die Reste eines eingeebneten Grabhügels, wie sich bald herausstellte – und darunter ein Fund, den die Beteiligten als Glücksfall bezeichnen.

## Gold, Bernstein und ein Dolch

In einer aus Holzbohlen gezimmerten Grabkammer lag das Skelett eines Mannes, nach ersten Untersuchungen zwischen 35 und 45 Jahre alt. Ihm waren ein Bronzedolch mit verziertem Griff, ein Beil, zwei goldene Armspiralen und eine Kette aus Bernsteinperlen beigegeben worden. Die Bauweise und die Beigaben sprechen für eine Datierung in die frühe Bronzezeit, rund 1800 Jahre vor Christus.

„Wir haben in dieser Region einige wenige Gräber dieser Art, aber die meisten wurden im 19. Jahrhundert ausgegraben und schlecht dokumentiert“, sagt der Grabungsleiter Dr. Ansgar Pöhlmann. „Hier können wir zum ersten Mal alles mit modernen Methoden untersuchen, von der DNA bis zu den Holzresten.“

Die Region um Halle ist für die Bronzezeitforschung von besonderer Bedeutung. Aus derselben Epoche stammen einige der bedeutendsten Funde Mitteleuropas. Die Archäologen gehen davon aus, dass sich hier früh eine Elite herausbildete, die den Handel mit Salz, Kupfer und Bernstein kontrollierte.

Für die Auswertung hat das Team einen Plan aufgestellt:

1. Radiokarbondatierung der Holzbohlen und Knochen, um das Alter genauer zu bestimmen.
2. Isotopenanalysen der Zähne, die verraten können, wo der Mann aufgewachsen ist.
3. Genetische Untersuchungen, um mögliche Verwandtschaften mit anderen Bestattungen zu prüfen.
4. Materialanalysen des Goldes, dessen Herkunft Hinweise auf Handelswege liefern soll.

## Bauarbeiten verzögern sich

Für den Netzbetreiber bedeutet der Fund eine Verzögerung von mehreren Monaten, der Mast wird um einige Dutzend Meter versetzt. Ein Sprecher zeigte sich dennoch gelassen: Solche Funde seien bei großen Infrastrukturprojekten einkalkuliert. Die wichtigsten Fundstücke sollen nach der Restaurierung im Landesmuseum für Vorgeschichte in Halle gezeigt werden.`,
  },
  {
    section: "wissen",
    authors: ["tobias-reimann"],
    kicker: "Künstliche Intelligenz",
    title: "KI-Detektoren irren häufig – vor allem bei Nicht-Muttersprachlern",
    teaser: "Programme, die maschinell erzeugte Texte erkennen sollen, stufen Aufsätze von Menschen, die Deutsch als Zweitsprache schreiben, besonders oft fälschlich als KI-Text ein. Das zeigt eine Untersuchung aus Saarbrücken.",
    tags: ["Digitalisierung", "Bildung", "Forschung"],
    ageHours: 260,
    imageAlt: "Eine Studentin sitzt in einer Bibliothek vor einem Laptop, auf dem ein Textdokument mit farbigen Markierungen zu sehen ist",
    body: `Seit Sprachmodelle Hausarbeiten in Sekunden schreiben können, setzen Schulen und Hochschulen zunehmend auf Software, die solche Texte entlarven soll. Eine neue Untersuchung stellt die Zuverlässigkeit dieser Werkzeuge grundsätzlich infrage. Ein Team um die Computerlinguistin Dr. Mareike Sandvoß hat sechs verbreitete Detektoren mit mehr als 4.000 deutschsprachigen Texten getestet – und kommt zu einem ernüchternden Ergebnis.

## Der Versuchsaufbau

Die Forschenden sammelten Aufsätze, die Studierende und Schülerinnen und Schüler nachweislich selbst geschrieben hatten, teils unter Aufsicht in Prüfungssituationen. Rund ein Drittel davon stammte von Menschen, die Deutsch als Zweit- oder Fremdsprache gelernt haben. Hinzu kamen Texte, die mit verschiedenen Sprachmodellen erzeugt und teilweise von Menschen nachbearbeitet worden waren.

Bei rein maschinellen Texten, die unverändert blieben, lagen die Detektoren meist richtig. Doch schon leichte Überarbeitung senkte die Trefferquote bei einigen Programmen auf unter 50 Prozent. **Gravierender war jedoch der umgekehrte Fehler:** Bei Texten von Nicht-Muttersprachlern schlugen die Detektoren im Durchschnitt in 23 Prozent der Fälle falschen Alarm. Bei Muttersprachlern waren es 6 Prozent.

## Warum es zu Fehlalarmen kommt

Sandvoß hat dafür eine plausible Erklärung. Viele Detektoren messen, wie vorhersehbar ein Text ist. Sprachmodelle wählen tendenziell häufige Wörter und gängige Satzmuster. „Wer eine Sprache gelernt hat, schreibt oft ganz ähnlich: korrekt, aber mit einem kleineren Wortschatz und lehrbuchhaften Formulierungen“, sagt sie. „Für die Software sieht das dann maschinell aus.“

Das habe in der Praxis erhebliche Folgen. Ein falscher Verdacht könne für Studierende zu Disziplinarverfahren führen und treffe ausgerechnet eine Gruppe, die ohnehin mit größeren Hürden kämpfe.

## Empfehlungen an die Hochschulen

Die Forschenden raten davon ab, die Ergebnisse solcher Programme als Beweis zu verwenden. Sinnvoller seien andere Prüfungsformen, etwa mündliche Nachgespräche zu schriftlichen Arbeiten oder Aufgaben, die den Arbeitsprozess dokumentieren. Mehrere Universitäten haben bereits angekündigt, ihre Richtlinien zu überprüfen. Die Daten der Studie sollen für andere Forschungsgruppen zugänglich gemacht werden, damit die Hersteller ihre Software nachbessern können.`,
  },
  {
    section: "wissen",
    authors: ["tobias-reimann"],
    kicker: "Artenvielfalt",
    title: "Wiedervernässte Moore locken seltene Vögel zurück",
    teaser: "Wo Entwässerungsgräben geschlossen werden, kehren Bekassine, Kranich und Großer Brachvogel erstaunlich schnell zurück. Eine Langzeitstudie aus Mecklenburg-Vorpommern liefert nun belastbare Zahlen.",
    tags: ["Biodiversität", "Klimaschutz", "Landwirtschaft"],
    ageHours: 350,
    imageAlt: "Ein Kranichpaar steht in flachem Wasser zwischen Seggen und abgestorbenen Birken in einem Moor",
    body: `Noch vor zwölf Jahren weideten hier Rinder auf einer trockenen, von Gräben durchzogenen Wiese. Heute steht im Polder bei Anklam knöcheltief das Wasser, zwischen Seggen und Binsen brüten Kiebitze, und im Frühjahr hört man das meckernde Balzgeräusch der Bekassine. Der Ornithologe Dr. Jens-Uwe Kroll hat diese Verwandlung von Anfang an begleitet – mit Fernglas, Zählbögen und inzwischen auch mit automatischen Tonaufnahmegeräten.

## Zehn Jahre Zählung

Die Studie, die Kroll gemeinsam mit Kolleginnen und Kollegen von der Universität Greifswald veröffentlicht hat, vergleicht 14 wiedervernässte Moorflächen in Vorpommern mit 14 ähnlichen Flächen, die weiterhin entwässert und landwirtschaftlich genutzt werden. Über zehn Jahre wurden dort Brutvögel erfasst.

Die Ergebnisse sind deutlich. Auf den wiedervernässten Flächen stieg die Zahl der Brutpaare typischer Feuchtgebietsarten auf mehr als das Dreifache. Besonders profitierten Bekassine, Kranich, Rohrweihe und Blaukehlchen. Auf den entwässerten Vergleichsflächen blieben die Bestände dagegen stabil niedrig oder gingen weiter zurück.

> „Die Natur wartet förmlich darauf, dass wir ihr das Wasser zurückgeben“, sagt Kroll. „Manche Arten waren schon im zweiten Jahr wieder da.“

## Klimaschutz und Artenschutz zugleich

Moore spielen auch für den Klimaschutz eine große Rolle. Trockengelegte Moorböden setzen Kohlendioxid frei, weil der Torf sich zersetzt. In Deutschland stammen nach Angaben des Umweltbundesamtes rund sieben Prozent der gesamten Treibhausgasemissionen aus entwässerten Mooren. Wird der Wasserstand wieder angehoben, stoppt dieser Prozess weitgehend.

Nicht alle Arten profitieren allerdings gleichermaßen. Für den Großen Brachvogel, der offene, feuchte Wiesen braucht, kann ein zu hoher Wasserstand sogar ungünstig sein. Die Forschenden empfehlen deshalb, Wasserstände nicht überall gleich hoch zu halten, sondern ein Mosaik aus nassen und wechselfeuchten Bereichen zu schaffen.

## Landwirte skeptisch

Für viele Landwirte bedeutet die Wiedervernässung den Verlust von Weideland. Der Milchviehhalter Bernd Sokolowski aus der Nähe von Anklam sieht die Entwicklung mit gemischten Gefühlen: „Schön für die Vögel, aber von Kranichen kann ich meine Kredite nicht bezahlen.“ Fachleute setzen deshalb auf Förderprogramme für sogenannte Paludikultur, also den Anbau von Schilf oder Rohrkolben auf nassen Flächen.`,
  },
  {
    section: "wissen",
    authors: ["tobias-reimann"],
    kicker: "Ernährung",
    title: "Spätes Abendessen, höherer Blutzucker? Was eine neue Studie zeigt",
    teaser: "Wer spät am Abend viel isst, hat am nächsten Morgen schlechtere Blutzuckerwerte – selbst bei gleicher Kalorienmenge. Forschende aus Potsdam empfehlen aber Gelassenheit statt strenger Regeln.",
    tags: ["Ernährung", "Gesundheit", "Forschung"],
    ageHours: 480,
    updatedAfterHours: 8,
    imageAlt: "Ein gedeckter Küchentisch am Abend mit Nudelgericht und Salat unter einer warmen Hängelampe",
    body: `Dass es nicht nur darauf ankommt, was wir essen, sondern auch wann, vermuten Ernährungsforschende schon länger. Eine Studie aus Potsdam-Rehbrücke liefert dafür nun weitere Belege. Ein Team um die Ernährungswissenschaftlerin Dr. Friederike Anstett hat untersucht, wie sich der Zeitpunkt der Hauptmahlzeit auf den Zuckerstoffwechsel auswirkt.

## Zweimal vier Wochen

An der Studie nahmen 96 Erwachsene zwischen 40 und 65 Jahren teil, alle mit leichtem Übergewicht, aber ohne Diabetes. Sie aßen jeweils vier Wochen lang nach zwei verschiedenen Plänen: einmal mit der größten Mahlzeit des Tages am Mittag, einmal am späten Abend gegen 21 Uhr. Die Kalorienmenge und die Zusammensetzung der Speisen blieben gleich. Die Reihenfolge der Phasen wurde ausgelost, dazwischen lag eine Pause.

Während der gesamten Zeit trugen die Teilnehmenden Sensoren am Oberarm, die den Blutzucker rund um die Uhr maßen. Zusätzlich wurden Schlaf, Bewegung und Hormonwerte erfasst.

## Das Ergebnis

In der Phase mit dem späten Abendessen lagen die Blutzuckerwerte nach der Mahlzeit im Durchschnitt deutlich höher und blieben länger erhöht. Auch der Nüchternwert am nächsten Morgen war leicht gestiegen. Beim Gewicht gab es dagegen in den vier Wochen keinen messbaren Unterschied.

Anstett erklärt den Effekt mit der inneren Uhr. „Unser Körper ist abends auf Ruhe eingestellt. Die Zellen reagieren dann weniger empfindlich auf Insulin, der Zucker bleibt länger im Blut.“ Bei Menschen, die ohnehin ein erhöhtes Risiko für Typ-2-Diabetes haben, könne das auf Dauer eine Rolle spielen.

## Keine Panik am Küchentisch

Trotzdem warnt die Forscherin davor, aus der Studie starre Regeln abzuleiten. Die Veränderungen seien moderat und die Studiendauer kurz gewesen. Ob sich daraus langfristig gesundheitliche Folgen ergeben, müsse erst in größeren Untersuchungen geklärt werden. Zudem sei für viele Familien das Abendessen die einzige gemeinsame Mahlzeit des Tages – ein Wert, den man nicht leichtfertig aufgeben solle.

Ihr pragmatischer Rat: Wer die Möglichkeit habe, könne die größere Mahlzeit etwas früher einplanen oder abends eher leichter essen. Ein kurzer Spaziergang nach dem Essen helfe ebenfalls, den Blutzuckeranstieg abzuflachen. „Perfektion ist nicht nötig“, sagt Anstett. „Schon kleine Verschiebungen können etwas bewirken.“`,
  },
  {
    section: "wissen",
    authors: ["tobias-reimann"],
    kicker: "Physik",
    title: "Neue optische Atomuhr aus Braunschweig geht kaum noch falsch",
    teaser: "Physiker der Physikalisch-Technischen Bundesanstalt haben eine Atomuhr gebaut, die in 30 Milliarden Jahren weniger als eine Sekunde abweichen würde. Das könnte die Definition der Sekunde verändern.",
    tags: ["Physik", "Forschung"],
    ageHours: 610,
    imageAlt: "Ein komplexer optischer Versuchsaufbau mit Spiegeln, Linsen und grünem Laserlicht in einem abgedunkelten Labor",
    body: `In einem fensterlosen Labor in Braunschweig, auf einem schwingungsgedämpften Tisch voller Spiegel und Linsen, tickt eine der genauesten Uhren der Welt. Genau genommen tickt sie nicht, sondern schwingt: rund 500 Billionen Mal pro Sekunde. Ein Team um den Physiker Dr. Lukas Ehrenberg an der Physikalisch-Technischen Bundesanstalt hat die Eigenschaften dieser Uhr nun in einer Fachveröffentlichung beschrieben.

## Ein einzelnes Ion als Taktgeber

Herkömmliche Atomuhren, auf denen auch die heutige Definition der Sekunde beruht, nutzen Mikrowellenstrahlung, die Cäsium-Atome anregt. Optische Uhren arbeiten mit sichtbarem Licht, dessen Frequenz etwa hunderttausendmal höher ist. Das erlaubt eine entsprechend feinere Unterteilung der Zeit.

Herzstück der Braunschweiger Uhr ist ein einzelnes, elektrisch geladenes Atom – ein Ion –, das in einer sogenannten Paul-Falle nahezu bewegungslos festgehalten wird. Ein extrem stabiler Laser regt es an. Aus der Reaktion des Ions lässt sich die Frequenz des Lasers so genau nachregeln, dass die Uhr in 30 Milliarden Jahren, also mehr als dem Doppelten des Alters des Universums, weniger als eine Sekunde verlieren würde.

## Lastwagen als Störfaktor

„Der schwierigste Teil ist nicht das Ion, sondern alles drumherum“, sagt Ehrenberg. Schon winzige Temperaturschwankungen, elektrische Felder oder Erschütterungen durch vorbeifahrende Lastwagen müssen erfasst und herausgerechnet werden.

## Wozu so viel Genauigkeit?

Für den Alltag braucht niemand eine solche Uhr. Für Wissenschaft und Technik aber eröffnet sie neue Möglichkeiten:

- **Geodäsie:** Nach Einsteins Relativitätstheorie geht eine Uhr in größerer Höhe minimal schneller. Optische Uhren sind so empfindlich, dass sie Höhenunterschiede von wenigen Zentimetern messen können.
- **Grundlagenphysik:** Der Vergleich mehrerer Uhren könnte zeigen, ob sich Naturkonstanten im Lauf der Zeit verändern.
- **Navigation und Netze:** Satellitennavigation, Stromnetze und Finanzmärkte sind auf präzise Zeitsignale angewiesen.

## Eine neue Sekunde?

Die internationale Gemeinschaft der Metrologen diskutiert seit Jahren, die Sekunde künftig über optische Uhren zu definieren. Voraussetzung ist, dass mehrere Labore weltweit ihre Uhren zuverlässig miteinander vergleichen können, etwa über Glasfaserleitungen. Eine solche Verbindung existiert bereits zwischen Braunschweig und Paris. Eine Entscheidung über die Neudefinition könnte nach Einschätzung von Fachleuten noch vor Ende des Jahrzehnts fallen.`,
  },
  {
    section: "wissen",
    authors: ["tobias-reimann"],
    kicker: "Psychologie",
    title: "Einsam mit 25: Warum junge Erwachsene sich häufiger allein fühlen",
    teaser: "Eine repräsentative Befragung zeigt, dass sich fast jeder dritte Mensch zwischen 18 und 29 Jahren regelmäßig einsam fühlt. Die Psychologin Dr. Hanna Steinbrecher sieht darin kein Randproblem, sondern eine Gesundheitsfrage.",
    tags: ["Psychologie", "Gesundheit", "Forschung"],
    ageHours: 705,
    imageAlt: "Eine junge Frau sitzt allein auf einer Treppe vor einem Hochschulgebäude und blickt auf ihr Smartphone",
    body: `Einsamkeit galt lange als Problem des Alters. Das Bild von der Witwe, die tagelang mit niemandem spricht, prägt bis heute die öffentliche Vorstellung. Neue Daten zeichnen ein anderes Bild. In einer repräsentativen Befragung von rund 5.600 Menschen in Deutschland gaben 31 Prozent der 18- bis 29-Jährigen an, sich oft oder sehr oft einsam zu fühlen. Bei den über 65-Jährigen waren es 17 Prozent.

## Was hinter den Zahlen steckt

Die Befragung wurde von einem Forschungsteam um die Psychologin Dr. Hanna Steinbrecher ausgewertet. Sie unterscheidet zwischen sozialer Isolation, also objektiv wenigen Kontakten, und Einsamkeit als subjektivem Gefühl. „Viele junge Menschen haben durchaus Kontakte, auch viele online. Aber sie haben das Gefühl, dass diese Beziehungen nicht tragen“, sagt Steinbrecher.

Als Risikofaktoren identifizierte das Team vor allem Lebensphasen des Übergangs: den Umzug zum Studium, den Berufseinstieg in einer fremden Stadt, das Ende einer Beziehung. Auch finanzielle Sorgen spielen eine Rolle. Wer wenig Geld hat, verzichtet häufiger auf Treffen in Cafés, Vereinsbeiträge oder Reisen zu Freunden.

## Die wichtigsten Befunde im Überblick

1. Junge Frauen berichten etwas häufiger von Einsamkeit als junge Männer, sprechen aber auch offener darüber.
2. Studierende in den ersten beiden Semestern sind überdurchschnittlich betroffen.
3. Intensive Nutzung sozialer Medien geht mit stärkerem Einsamkeitsempfinden einher – die Richtung des Zusammenhangs ist jedoch unklar.
4. Regelmäßige Aktivitäten in einer Gruppe, etwa im Sportverein oder Chor, sind mit deutlich geringerer Einsamkeit verbunden.

## Einsamkeit als Gesundheitsrisiko

Steinbrecher betont, dass Einsamkeit nicht nur unangenehm ist. Chronische Einsamkeit erhöht nach zahlreichen Studien das Risiko für Depressionen, Schlafstörungen und Herz-Kreislauf-Erkrankungen. „Wir sollten sie ähnlich ernst nehmen wie Bewegungsmangel“, sagt sie.

Die Forschenden fordern mehr niedrigschwellige Angebote, vor allem an Hochschulen und in Städten mit vielen Zugezogenen. Beispiele gibt es bereits: Mentoringprogramme für Erstsemester, offene Werkstätten oder Stadtteiltreffs, die gezielt junge Menschen ansprechen. Steinbrecher rät Betroffenen, das Gefühl nicht als persönliches Versagen zu betrachten: „Einsamkeit ist ein Signal, so wie Hunger. Es sagt uns, dass uns etwas fehlt – nicht, dass mit uns etwas nicht stimmt.“`,
  },
  {
    section: "wissen",
    authors: ["tobias-reimann"],
    kicker: "Antibiotika",
    title: "Neuer Wirkstoff aus Bodenbakterien wirkt gegen resistente Keime",
    teaser: "Forschende aus Tübingen haben in einer Bodenprobe aus dem Schwarzwald ein Bakterium entdeckt, das einen bislang unbekannten Hemmstoff bildet. Bis zu einem Medikament ist es aber noch ein weiter Weg.",
    tags: ["Medizin", "Forschung", "Gesundheit"],
    ageHours: 0,
    status: "DRAFT",
    imageAlt: "Eine Forscherin im Laborkittel betrachtet eine Petrischale mit Bakterienkolonien vor einer Sicherheitswerkbank",
    body: `Die Probe stammt aus einem Waldstück oberhalb von Freudenstadt, eine Handvoll dunkler Erde unter einer alten Weißtanne. Wie tausende andere landete sie in einem Tübinger Labor, wurde verdünnt, ausgestrichen und bebrütet. Doch in einer der Petrischalen fiel der Doktorandin Lea Kammerer etwas auf: Um eine unscheinbare, grau-weiße Kolonie herum war ein klarer Hof entstanden, in dem nichts anderes wuchs.

## Ein unbekannter Mechanismus

Das Bakterium gehört zur Gruppe der Actinomyceten, aus der bereits viele der heute gebräuchlichen Antibiotika stammen. Der Stoff, den es bildet, ist jedoch neu. Die Forschenden haben ihn vorläufig Silvamycin genannt. Nach ihren Untersuchungen greift er die Zellhülle von Bakterien an einer Stelle an, die von bisherigen Antibiotika nicht genutzt wird.

Das ist entscheidend, denn gegen viele bekannte Wirkstoffe haben Krankheitserreger längst Resistenzen entwickelt. Im Labor wirkte Silvamycin unter anderem gegen methicillinresistente Staphylokokken und gegen resistente Enterokokken, zwei gefürchtete Krankenhauskeime.

„Wir haben versucht, Resistenzen zu erzeugen, indem wir Bakterien über Wochen mit niedrigen Dosen behandelt haben. Bisher ist uns das nicht gelungen“, sagt der Mikrobiologe Prof. Dr. Matthias Olbricht, der die Arbeitsgruppe leitet.

## Der lange Weg zum Medikament

Trotz der vielversprechenden Ergebnisse mahnt Olbricht zur Geduld. Bis aus einem Fund im Labor ein zugelassenes Medikament wird, vergehen meist zehn Jahre oder mehr. Die nächsten Schritte sind:

- Tierversuche, um Wirksamkeit und Verträglichkeit im lebenden Organismus zu prüfen,
- die Entwicklung eines Verfahrens, um den Stoff in größeren Mengen herzustellen,
- und schließlich klinische Studien in mehreren Phasen.

Ein grundsätzliches Problem bleibt die Finanzierung. Neue Antibiotika sind für Pharmaunternehmen wirtschaftlich wenig attraktiv, weil sie als Reservemittel möglichst selten eingesetzt werden sollen. Viele Fachleute fordern deshalb neue Vergütungsmodelle, bei denen Hersteller für die Bereitstellung bezahlt werden statt für verkaufte Packungen.

## Bürger sammeln mit

Die Tübinger Gruppe sucht weiter. Seit einigen Jahren ruft sie Bürgerinnen und Bürger auf, Bodenproben aus ihren Gärten, Wäldern und von Äckern einzuschicken. Mehr als 6.000 Proben sind bislang eingegangen. Jede davon, sagt Olbricht, könne den nächsten Wirkstoff enthalten: „Der Boden ist die größte Apotheke, die wir kennen – wir haben nur erst ein paar Regale durchsucht.“`,
  },
];
