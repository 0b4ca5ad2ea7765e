import type { SeedArticle } from "../types";

export const articles: SeedArticle[] = [
  {
    section: "kultur",
    authors: ["clara-weiss"],
    kicker: "Premiere in Dresden",
    title: "Ibsens „Volksfeind“ als Krimi um verseuchtes Trinkwasser",
    teaser: "Regisseur Malte Riedinger verlegt Ibsens Klassiker in ein sächsisches Stadtwerk von heute. Der Abend ist laut, klug und manchmal zu sehr von seiner eigenen Aktualität begeistert – das Publikum feiert ihn trotzdem.",
    tags: ["Theater", "Kommunen"],
    ageHours: 4,
    imageAlt: "Schauspieler in Arbeitskleidung stehen auf einer Bühne zwischen meterhohen Wassertanks aus Edelstahl",
    body: `Am Ende steht Doktor Stockmann allein an der Rampe, das Mikrofon in der Hand, und niemand im Saal weiß so recht, ob er hier einen Helden oder einen Fanatiker erlebt hat. Genau diese Unsicherheit ist die größte Stärke der Inszenierung, die Malte Riedinger am Freitagabend im Staatsschauspiel Dresden herausgebracht hat. Nach knapp zweieinhalb Stunden ohne Pause gab es langen Applaus, vereinzelte Buhrufe für das Regieteam und stehende Ovationen für den Hauptdarsteller.

## Ein Kurbad wird zum Wasserwerk

Riedinger hat Henrik Ibsens Stück von 1882 gründlich entstaubt. Aus dem norwegischen Kurbad ist ein kommunales Wasserwerk in einer ostdeutschen Mittelstadt geworden, aus dem Badearzt ein Hygieneingenieur, der in Proben Rückstände eines Industriechemikals findet. Die Bühne von Ilka Sommerfeld besteht aus vier gewaltigen Edelstahltanks, die sich drehen lassen und mal als Labor, mal als Redaktionsstube, mal als Versammlungssaal dienen. Das funktioniert erstaunlich gut, auch weil die Tanks das Licht kalt zurückwerfen und jede Szene wie unter einem Mikroskop wirkt.

Konrad Ahlers spielt den Stockmann nicht als edlen Aufklärer, sondern als Mann, der die Wahrheit auch deshalb liebt, weil sie ihn über alle anderen stellt. Wenn er in der berühmten Volksversammlung die „kompakte Majorität“ beschimpft, kippt seine Rede hörbar ins Verächtliche. Das Publikum lacht zunächst mit ihm – und verstummt dann.

## Wenn die Gegenwart zu laut wird

Schwächer ist der Abend dort, wo er seinem Publikum nicht traut. Eingespielte Kommentare aus sozialen Netzwerken, ein eingeblendeter Live-Ticker und ein Chor aus Stadträten, der Phrasen über „Standortsicherheit“ skandiert, machen überdeutlich, was Ibsen längst selbst gesagt hat. Hier hätte man streichen können, ohne etwas zu verlieren.

Stark dagegen Johanna Pieper als Bürgermeisterin und Schwester des Ingenieurs: Sie ist keine Intrigantin, sondern eine erschöpfte Verwalterin, die nachrechnet, was eine Sanierung die Stadt kosten würde. „Ich muss morgen noch regieren“, sagt sie einmal leise, und in diesem Satz steckt mehr politische Analyse als in allen Videoeinspielungen zusammen.

Die nächsten Vorstellungen sind nach Angaben des Hauses bereits weitgehend ausverkauft; für die Termine im kommenden Monat gibt es noch Restkarten.`,
  },
  {
    section: "kultur",
    authors: ["clara-weiss"],
    kicker: "Neuer Roman",
    title: "„Die Salzwiesen“: Johanna Brettschneider erzählt vom Verschwinden einer Hallig",
    teaser: "Mit ihrem dritten Roman legt die Husumer Autorin Johanna Brettschneider das Buch der Saison vor: eine stille, präzise Familiengeschichte über drei Generationen, die dem Meer nicht mehr ausweichen können.",
    tags: ["Literatur", "Klimaschutz"],
    ageHours: 30,
    updatedAfterHours: 4,
    imageAlt: "Ein aufgeschlagenes Buch liegt auf einem Holztisch vor einem Fenster mit Blick auf flaches Marschland",
    body: `Es gibt Bücher, die man in einem Zug liest, und solche, bei denen man nach jedem Kapitel das Licht ausmacht, um nachzudenken. „Die Salzwiesen“ gehört zur zweiten Sorte. Johanna Brettschneider, 46 Jahre alt, aufgewachsen in Husum und heute in Kiel lebend, erzählt auf 384 Seiten von der Familie Ketelsen, die seit Generationen auf einer kleinen, erfundenen Hallig im nordfriesischen Wattenmeer lebt – und von dem Sommer, in dem das Land beschließt, die Warft nicht mehr zu erhöhen.

## Drei Stimmen, ein Haus

Der Roman wechselt zwischen drei Perspektiven. Da ist die Großmutter Anke, die noch die Sturmflut von 1962 erlebt hat und jedes Landunter mit derselben stoischen Routine übersteht. Da ist ihr Sohn Hauke, ein Wasserbauingenieur, der beruflich an genau jenen Gutachten mitgeschrieben hat, die das Ende der Hallig besiegeln. Und da ist die Enkelin Mette, 17, die eigentlich nur weg will, nach Hamburg, in eine Stadt mit Nachtbussen.

Brettschneider gelingt es, keine dieser Figuren zu verraten. Niemand ist hier der Bösewicht, auch nicht die Behörde, die in Briefen mit beklemmender Höflichkeit „geordnete Umsiedlungsperspektiven“ anbietet. Der Konflikt liegt in der Sache selbst: Wie lange verteidigt man einen Ort, den man liebt, gegen eine Rechnung, die nicht aufgeht?

## Eine Sprache wie Schlick

Bemerkenswert ist die Sprache. Brettschneider schreibt in kurzen, genau gesetzten Sätzen, durchsetzt mit friesischen und plattdeutschen Wendungen, die sie nie erklärt und die man trotzdem versteht. Eine Passage über das Einsetzen der Flut gehört zum Schönsten, was in diesem Jahr auf Deutsch erschienen ist:

> „Das Wasser kam nicht. Es war einfach auf einmal da, wie ein Gedanke, den man schon länger hatte.“

Kleine Schwächen gibt es. Der Handlungsstrang um Mettes Freund, einen Vogelwart aus Leipzig, bleibt blass, und das letzte Kapitel löst manches zu versöhnlich auf. Das ändert wenig am Gesamteindruck.

Bei ihrer Lesung auf der Leipziger Buchmesse drängten sich die Zuhörer bis in die Gänge. Gefragt, ob sie einen Klimaroman geschrieben habe, antwortete Brettschneider knapp: „Ich habe einen Roman über eine Familie geschrieben. Das Klima hat sich nur selbst eingeladen.“ Der Verlag hat bereits eine zweite Auflage von 20.000 Exemplaren angekündigt.`,
  },
  {
    section: "kultur",
    authors: ["clara-weiss"],
    kicker: "Max-Ophüls-Preis",
    title: "Debütfilm über eine Pflegerin aus Moldau gewinnt in Saarbrücken",
    teaser: "Der Hauptpreis des Filmfestivals Max Ophüls Preis geht an „Nachtdienst“ der Regisseurin Alina Voicu. Die Jury lobt einen Film, der ohne Pathos von der unsichtbaren Arbeit in deutschen Privathaushalten erzählt.",
    tags: ["Film", "Arbeitsmarkt", "Migration"],
    ageHours: 70,
    imageAlt: "Eine junge Regisseurin hält auf einer Festivalbühne eine Trophäe in die Höhe, hinter ihr eine große Leinwand",
    body: `Als Alina Voicu auf die Bühne des Saarbrücker Cinestar kam, hatte sie keinen Zettel dabei. „Ich habe nicht damit gerechnet“, sagte die 31-Jährige, bevor sie für einen Moment die Fassung verlor. Ihr Film „Nachtdienst“ ist am Samstagabend mit dem Max-Ophüls-Preis für den besten Spielfilm ausgezeichnet worden, dotiert mit 36.000 Euro. Das Festival gilt als wichtigste Bühne für den deutschsprachigen Filmnachwuchs.

## Ein Kammerspiel in einer Dreizimmerwohnung

„Nachtdienst“ folgt der Pflegerin Veronica, die aus einem Dorf in Moldau nach Bielefeld kommt, um dort einen dementen früheren Gymnasiallehrer rund um die Uhr zu betreuen. Fast der gesamte Film spielt in dessen Wohnung. Voicu, die selbst in Chișinău geboren wurde und an der Filmakademie Baden-Württemberg studiert hat, erzählt in langen, ruhigen Einstellungen von Erschöpfung, Zärtlichkeit und einer Abhängigkeit, die in beide Richtungen reicht.

Die Jury unter Vorsitz des Kameramanns Bernhard Wessely lobte in ihrer Begründung die „unbestechliche Genauigkeit“ des Films. Er zeige eine Arbeitswelt, „über die in Deutschland viel geredet, die aber selten gesehen wird“. Nach Schätzungen von Sozialverbänden arbeiten mehrere hunderttausend Frauen aus Osteuropa in sogenannten 24-Stunden-Betreuungen, häufig ohne geregelte Arbeitszeiten.

## Die weiteren Preisträger

Auch in den anderen Kategorien setzte die Jury auf leise Töne:

- Der Preis für den besten Dokumentarfilm ging an „Die letzten Fischer von Ueckermünde“ von Paul Reinsberg.
- Als bester mittellanger Film wurde die österreichische Produktion „Föhn“ von Theresa Aigner ausgezeichnet.
- Den Publikumspreis gewann die Komödie „Kein Netz“ über eine Familie im Funkloch, inszeniert von Tim Okafor.
- Der Preis für den gesellschaftlich relevanten Film ging ebenfalls an „Nachtdienst“.

## Schwieriger Weg ins Kino

Trotz des Erfolgs ist offen, wie viele Zuschauer die Filme erreichen werden. Mehrere Regisseurinnen und Regisseure beklagten in Gesprächen am Rande des Festivals, dass Verleiher kaum noch Risiken eingingen. Für „Nachtdienst“ gibt es inzwischen einen Verleih; ein Kinostart im Herbst ist geplant. Voicu will bis dahin vor allem eines: „Schlafen. Und dann meiner Mutter den Film zeigen.“`,
  },
  {
    section: "kultur",
    authors: ["clara-weiss"],
    kicker: "Ausstellung",
    title: "Kunsthalle Bremen holt die vergessene Malerin Ottilie Brenneke zurück",
    teaser: "Sie malte in Worpswede, stellte in Berlin aus und verschwand nach 1933 fast vollständig aus der Kunstgeschichte. Eine große Schau zeigt nun 140 Werke von Ottilie Brenneke – viele davon zum ersten Mal öffentlich.",
    tags: ["Kunst", "Ausstellung"],
    ageHours: 140,
    imageAlt: "Besucherinnen betrachten in einem hellen Museumssaal großformatige Landschaftsgemälde in dunklen Erdtönen",
    body: `Das Bild, mit dem alles anfing, hing jahrzehntelang in einem Treppenhaus in Lilienthal. Eine Moorlandschaft in Braun und Violett, darüber ein Himmel, der eher nach Unwetter als nach Idylle aussieht. Erst als die Enkelin der Besitzer es vor fünf Jahren restaurieren ließ, fiel die Signatur auf: O. Brenneke, 1911. Daraus ist nun eine der ehrgeizigsten Ausstellungen des Jahres geworden.

## Eine Karriere, die abbrach

Ottilie Brenneke, 1884 in Bremen geboren, gehörte zur zweiten Generation der Künstlerinnen in Worpswede. Sie studierte in Paris, hatte in den Zwanzigerjahren Einzelausstellungen in Berlin und Hamburg und wurde von der Kritik als „herbste Stimme des Nordens“ gelobt. Nach 1933 wurden mehrere ihrer Werke als „entartet“ beschlagnahmt, sie selbst zog sich auf einen Hof bei Osterholz zurück. Als sie 1961 starb, war sie nahezu vergessen.

„Sie hat nie aufgehört zu malen, sie hat nur aufgehört zu zeigen“, sagt die Kuratorin Henrike Stolzenberg. Gemeinsam mit einem kleinen Team hat sie vier Jahre lang in Nachlässen, Dachböden und Archiven gesucht. Das Ergebnis: rund 140 Gemälde, Zeichnungen und Skizzenbücher, davon mehr als die Hälfte aus Privatbesitz.

## Was die Ausstellung zeigt

Die Schau ist chronologisch aufgebaut und gliedert sich in vier Räume:

1. Frühe Studien aus Paris, darunter Aktzeichnungen, die damals für eine Frau als anstößig galten.
2. Die großen Moorbilder der Jahre 1908 bis 1925, das Herzstück der Ausstellung.
3. Porträts von Landarbeiterinnen und Nachbarn aus der Zeit des inneren Rückzugs.
4. Späte, fast abstrakte Farbstudien, die erst nach ihrem Tod in einer Scheune gefunden wurden.

Besonders der letzte Raum überrascht. Die kleinen Ölskizzen auf Pappe, oft nicht größer als eine Postkarte, lösen die Landschaft in Farbflächen auf und wirken, als habe Brenneke im Verborgenen eine ganz eigene Moderne entwickelt.

## Offene Fragen zur Herkunft

Nicht alle Fragen sind geklärt. Bei mindestens zwölf Werken ist der Verbleib zwischen 1937 und 1950 unbekannt, die Provenienzforschung läuft weiter. Die Kunsthalle hat dafür eine eigene Stelle geschaffen. Die Ausstellung ist bis zum Ende des Sommers zu sehen, der Katalog kostet 38 Euro.`,
  },
  {
    section: "kultur",
    authors: ["clara-weiss"],
    kicker: "Konzertkritik",
    title: "Nele Aston in der Waldbühne: 22.000 Menschen und ein kaputtes Klavier",
    teaser: "Zum Abschluss ihrer Tournee spielt die Songwriterin Nele Aston vor ausverkauften Rängen in Berlin. Ein technischer Defekt macht den Abend erst richtig besonders.",
    tags: ["Musik", "Berlin"],
    ageHours: 210,
    updatedAfterHours: 12,
    imageAlt: "Eine Sängerin sitzt auf einer abendlich beleuchteten Freilichtbühne am Klavier, vor ihr ein dicht gefülltes Halbrund",
    body: `Es war der 14. Song des Abends, als das Klavier streikte. Nele Aston hatte gerade die ersten Takte von „Kiesgrube“ angeschlagen, ihrem bekanntesten Lied, da blieb ein Pedal hängen, und ein metallisches Scheppern hallte über das weite Rund der Berliner Waldbühne. Die 29-Jährige stand auf, sah ratlos auf das Instrument und sagte ins Mikrofon: „Dann eben zusammen.“ Was folgte, waren vier Minuten, in denen 22.000 Menschen ein Lied a cappella sangen, während die Sängerin am Bühnenrand saß und zuhörte.

## Vom Wohnzimmer auf die großen Bühnen

Solche Momente erklären vielleicht, warum Aston innerhalb von drei Jahren aus kleinen Clubs in die größten Freilichtarenen des Landes gewechselt ist. Die gebürtige Kasselerin schreibt Lieder über Dinge, die andere für zu klein halten: den Geruch eines Schulbusses, einen Streit über die Spülmaschine, das Schweigen nach einem Anruf im Krankenhaus. Ihr zweites Album stand sieben Wochen auf Platz eins der deutschen Charts, die Tournee mit 31 Terminen war binnen Stunden ausverkauft.

Die Inszenierung bleibt bewusst schlicht. Eine fünfköpfige Band, ein paar warme Scheinwerfer, keine Videowände. Stattdessen spricht Aston zwischen den Songs erstaunlich viel, erzählt von ihrer Großmutter, von Panikattacken vor Auftritten und davon, dass sie das Klavier auf der Bühne seit ihrer Jugend besitzt. „Es ist älter als ich und launischer“, sagt sie, als der Techniker es nach dem Defekt notdürftig repariert hat.

## Ein Abend ohne Zugabe-Ritual

Musikalisch zeigt sich die Band gereift. Die neuen Arrangements, mit Bläsern und einem dezenten Streichquartett, geben den oft spärlichen Studioversionen mehr Raum. Nicht jeder der neuen Songs trägt über die Distanz; gerade im Mittelteil zieht sich das Programm. Doch die letzten 40 Minuten sind eine einzige Steigerung.

Auf das übliche Spiel mit Abgang und Zugabe verzichtet Aston. Sie spielt einfach weiter, bis nach zweieinhalb Stunden die Sperrstunde der Waldbühne erreicht ist. Eine Zuschauerin aus Potsdam, die mit ihrer Tochter gekommen war, fasste es am Ausgang so zusammen: „Ich hab seit Jahren nicht mehr so laut gesungen.“ Im kommenden Jahr will Aston eine Pause machen – und nach eigenen Worten „ein neues Klavier kaufen“.`,
  },
  {
    section: "kultur",
    authors: ["clara-weiss"],
    kicker: "Denkmalschutz",
    title: "Abriss oder Denkmal? Streit um das Terrassenhaus am Osnabrücker Bahnhof",
    teaser: "Der Eigentümer will das markante Betongebäude aus den Siebzigerjahren durch einen Neubau ersetzen, das Landesamt für Denkmalpflege prüft eine Unterschutzstellung. In der Stadt ist ein Grundsatzstreit über die Architektur der Nachkriegsmoderne entbrannt.",
    tags: ["Denkmalschutz", "Wohnen", "Kommunen"],
    ageHours: 300,
    imageAlt: "Ein terrassenförmig gestuftes Wohngebäude aus Sichtbeton mit bepflanzten Balkonen vor grauem Himmel",
    body: `Wer aus dem Osnabrücker Hauptbahnhof tritt, sieht es sofort: ein gestufter Betonberg mit elf Geschossen, jede Etage ein Stück zurückgesetzt, die Balkone überwuchert von Efeu und Geranien. Für die einen ist das Terrassenhaus am Bahnhofsplatz ein Schandfleck, für die anderen ein Meisterwerk des Siebzigerjahre-Wohnungsbaus. Nun muss entschieden werden, ob es bleiben darf.

## Pläne für einen Neubau

Die Eigentümerin, die Hamburger Immobiliengesellschaft Hanseatica Wohnbau, hat im Frühjahr einen Bauantrag angekündigt. Sie will das 1974 fertiggestellte Gebäude abreißen und durch einen Komplex mit 180 Wohnungen, einem Hotel und Büroflächen ersetzen. Eine Sanierung sei wirtschaftlich nicht darstellbar, sagt Geschäftsführer Carsten Wehling: „Die Leitungen sind am Ende, die Fassade ist nicht zu dämmen, ohne das Gebäude zu entstellen.“ Die Kosten beziffert das Unternehmen auf mindestens 42 Millionen Euro.

Dem widerspricht eine Initiative von Bewohnerinnen, Architekten und Studierenden der Hochschule Osnabrück. Sie hat innerhalb von sechs Wochen rund 7.800 Unterschriften gesammelt. „Hier wohnen Menschen seit 40 Jahren, die Miete ist bezahlbar, und die graue Energie im Beton ist längst verbraucht“, sagt die Architektin Marlene Hufnagel, die zu den Sprecherinnen gehört. Ein Abriss würde nach Berechnungen der Initiative mehrere tausend Tonnen Kohlendioxid zusätzlich verursachen.

## Das Landesamt prüft

Entscheidend wird nun das Niedersächsische Landesamt für Denkmalpflege. Ein Gutachten soll klären, ob das Terrassenhaus als Kulturdenkmal einzustufen ist. Fachleute verweisen darauf, dass es eines der wenigen nahezu unveränderten Beispiele einer Bauform ist, die damals als Antwort auf die Zersiedelung galt: verdichtetes Wohnen mit Garten für jeden.

## Ein Fall mit Signalwirkung

**Die Entscheidung wird bundesweit beobachtet.** In vielen Städten stehen Bauten der Nachkriegsmoderne zur Disposition, von Rathäusern über Schwimmbäder bis zu Kaufhäusern. Häufig fehlt ihnen die Lobby, die Gründerzeitvillen seit Jahrzehnten haben.

## Die Stadt sucht einen Kompromiss

Oberbürgermeisterin Friederike Lanwer will sich noch nicht festlegen. Sie hat beide Seiten zu einem moderierten Verfahren eingeladen, in dem auch ein Teilabriss und eine Aufstockung geprüft werden sollen. Ein Ergebnis wird frühestens im Herbst erwartet.`,
  },
  {
    section: "kultur",
    authors: ["clara-weiss", "david-krueger"],
    kicker: "Kulturhaushalt",
    title: "Freie Szene schlägt Alarm: Wo bei der Kulturförderung gespart wird",
    teaser: "Viele Städte kürzen ihre Kulturetats, und die freien Gruppen trifft es zuerst. Eine Auswertung von Haushaltsplänen zeigt, wie unterschiedlich die Kommunen vorgehen – und warum kleine Beträge große Folgen haben.",
    tags: ["Kommunen", "Theater", "Kulturförderung"],
    ageHours: 420,
    imageAlt: "Eine leere Probebühne mit wenigen Stühlen, einem Lichtpult und einem handgeschriebenen Plakat an der Wand",
    body: `Das Theaterkollektiv „Werkhalle Süd“ hat in diesem Jahr 11.000 Euro weniger zur Verfügung als im vergangenen. Das klingt nach wenig, bedeutet aber für die sechs Schauspielerinnen und Schauspieler aus Karlsruhe: eine Produktion weniger, zwei Gastspiele abgesagt, eine Teilzeitstelle in der Verwaltung gestrichen. „Wir reden über Summen, die im städtischen Haushalt nicht einmal als Rundungsfehler auffallen“, sagt die Gründerin Svenja Morath. „Für uns sind sie existenziell.“

## Was die Haushaltspläne zeigen

Rundblick hat die Kulturhaushalte von 25 deutschen Großstädten für das laufende und das vergangene Jahr verglichen. Das Bild ist uneinheitlich, einige Muster fallen aber auf:

1. In 16 der 25 Städte sinken die Ausgaben für Kultur, inflationsbereinigt im Durchschnitt um 4,2 Prozent.
2. Die großen Häuser – Stadttheater, Opern, Museen – sind meist durch langfristige Verträge und Tarifbindung geschützt. Dort steigen die Zuschüsse nominal sogar leicht.
3. Gekürzt wird vor allem bei den sogenannten freiwilligen Leistungen: Projektförderung, freie Gruppen, Stadtteilkultur. Hier beträgt das Minus in einzelnen Städten bis zu 30 Prozent.
4. Nur vier Städte haben ihre Förderung für die freie Szene erhöht, zum Teil, um gestiegene Honoraruntergrenzen auszugleichen.

## Honoraruntergrenzen als Zielkonflikt

Gerade der letzte Punkt zeigt das Dilemma. Bund und Länder haben in den vergangenen Jahren Mindesthonorare für Künstlerinnen und Künstler eingeführt, die öffentlich gefördert werden. Das ist politisch gewollt und überfällig, wie viele in der Szene sagen. Doch wenn die Fördertöpfe nicht mitwachsen, bedeutet ein höheres Honorar pro Person schlicht weniger Projekte.

„Wir bezahlen jetzt fair, aber wir bezahlen weniger Leute“, sagt Morath. Ähnlich äußert sich der Kulturdezernent einer westdeutschen Großstadt, der namentlich nicht genannt werden möchte: Die Kommunen stünden unter enormem Druck durch Sozialausgaben und Investitionsstau, die Kultur sei „der Bereich, in dem wir überhaupt noch Spielraum haben – und das ist ihr Problem“.

## Forderung nach Planungssicherheit

Der Bundesverband Freie Darstellende Künste fordert mehrjährige Förderzusagen statt jährlicher Einzelbescheide. Das würde zumindest Planungssicherheit schaffen. In Karlsruhe probt die Werkhalle Süd derweil für die einzige Premiere dieses Jahres, mit geliehenen Scheinwerfern.`,
  },
  {
    section: "kultur",
    authors: ["clara-weiss"],
    kicker: "Serienmarkt",
    title: "Ende des Serienbooms: Deutsche Produzenten spüren die Sparwelle der Streamer",
    teaser: "Nach Jahren des Wachstums bestellen die großen Streamingdienste deutlich weniger deutsche Serien. Die Folgen reichen von Studios in Köln bis zu Kostümbildnerinnen in Babelsberg.",
    tags: ["Film", "Digitalisierung", "Arbeitsmarkt"],
    ageHours: 561,
    updatedAfterHours: 27,
    imageAlt: "Ein verlassenes Filmset mit Scheinwerfern und Kulissenwänden in einer großen Studiohalle",
    body: `Vor vier Jahren hätte Katrin Overbeck über ein solches Problem gelacht. Damals lehnte ihre Kölner Produktionsfirma Nordlicht Pictures Aufträge ab, weil es schlicht nicht genug Drehbuchautorinnen, Kameraleute und Studiozeit gab. Heute liegen drei fertig entwickelte Serienkonzepte in ihrer Schublade, und niemand will sie haben. „Der Markt hat sich innerhalb von achtzehn Monaten halbiert“, sagt Overbeck.

## Weniger Aufträge, kürzere Staffeln

Die Zahlen der Branche stützen diesen Eindruck. Nach Schätzungen aus der Branche ist die Zahl der von Streamingdiensten beauftragten deutschen Serien im vergangenen Jahr um rund 40 Prozent zurückgegangen. Gleichzeitig werden Staffeln kürzer: Statt acht bis zehn Folgen sind sechs inzwischen die Regel, manche Formate enden nach einer einzigen Staffel, auch wenn sie gut laufen.

Als Ursache nennen Fachleute einen grundlegenden Strategiewechsel. Die Dienste, die jahrelang vor allem auf Abonnentenwachstum gesetzt haben, müssen nun Gewinne ausweisen. Teure Eigenproduktionen in kleineren Märkten wie Deutschland stehen dabei besonders auf dem Prüfstand. Internationale Großproduktionen, die weltweit funktionieren, bekommen dagegen weiter Geld.

## Folgen für Studios und Crews

Betroffen sind nicht nur Produzenten. In den Studios in Babelsberg, Köln-Ossendorf und München sind die Buchungen zurückgegangen. Freiberufliche Fachkräfte berichten von monatelangen Pausen zwischen Aufträgen. Die Kostümbildnerin Aylin Demirtaş aus Potsdam hat in diesem Jahr erst zwei Drehwochen gehabt: „Viele Kolleginnen wandern in die Werbung ab oder hören ganz auf. Die kommen nicht zurück, wenn es wieder besser wird.“

Für das Publikum ist der Wandel zunächst kaum spürbar, weil die Kataloge voll sind. Längerfristig aber, warnt Overbeck, drohe eine Verarmung: „Dann gibt es die großen internationalen Stoffe und daneben fast nichts mehr, was von hier erzählt.“

## Hoffen auf die Investitionsverpflichtung

Die Branche setzt nun auf die Politik. Seit Längerem wird darüber diskutiert, Streamingdienste gesetzlich zu verpflichten, einen festen Anteil ihres in Deutschland erzielten Umsatzes in hiesige Produktionen zu investieren, wie es Frankreich und Italien bereits tun. Die Bundesregierung hat einen Entwurf angekündigt. Overbeck hat ihre Konzepte bis dahin nicht weggeworfen. „Gute Geschichten verderben nicht“, sagt sie. „Sie werden nur älter.“`,
  },
  {
    section: "kultur",
    authors: ["clara-weiss"],
    kicker: "Uraufführung",
    title: "„Die Nacht der Deiche“: Eine Oper über die Sturmflut von 1962",
    teaser: "Die Staatsoper Hannover bringt das erste Musiktheaterwerk des Komponisten Henrik Olesen heraus. Es erzählt die Hamburger Flutkatastrophe als Chor der Stimmen – und wird zum großen Ereignis.",
    tags: ["Oper", "Musik", "Hamburg"],
    ageHours: 690,
    imageAlt: "Ein großer Opernchor steht in Regenmänteln auf einer dunklen, mit Wasser überfluteten Bühne",
    body: `Das Wasser ist echt. Zwanzig Zentimeter hoch steht es im zweiten Akt auf der Bühne der Staatsoper Hannover, und die 60 Sängerinnen und Sänger des Chors waten darin in Gummistiefeln, während aus dem Orchestergraben ein tiefes, unaufhörliches Brummen der Kontrabässe aufsteigt. Selten hat ein neues Werk des Musiktheaters so unmittelbar körperlich gewirkt wie „Die Nacht der Deiche“, die am Sonntagabend uraufgeführt wurde.

## Kein Held, sondern ein Chor

Der dänisch-deutsche Komponist Henrik Olesen, 52, ist bisher vor allem mit Kammermusik bekannt geworden. Für seine erste Oper hat er sich einen Stoff gewählt, der in Norddeutschland bis heute im kollektiven Gedächtnis verankert ist: die Sturmflut vom Februar 1962, in der allein in Hamburg mehr als 300 Menschen starben. Das Libretto der Autorin Greta Lohmeyer verzichtet auf eine zentrale Heldenfigur. Stattdessen treten ein Deichwart, eine junge Mutter in Wilhelmsburg, ein Telefonist im Polizeipräsidium und ein Kind auf, dessen Stimme von einer Knabensopranistin gesungen wird.

Die eigentliche Hauptrolle aber hat der Chor. Er singt die Stimmen der Stadt, das Rauschen der Funkgeräte, das Rufen von den Dächern. Olesen lässt ihn mal in dichten Clustern flüstern, mal in schlichten, fast choralartigen Linien singen, die an norddeutsche Kirchenlieder erinnern.

## Musik, die nicht beschönigt

Olesens Partitur ist anspruchsvoll, aber nie verkopft. Er arbeitet mit vielen tiefen Bläsern, mit elektronisch verstärktem Schlagwerk und einer Art klingender Stille: Minutenlang halten die Streicher einen einzigen Ton, während auf der Bühne nichts geschieht außer dem steigenden Wasser. Generalmusikdirektorin Almut Seifried hält die Fäden mit großer Ruhe zusammen.

> „Ich wollte keine Katastrophenmusik schreiben, sondern Musik über das Warten“, sagte Olesen nach der Premiere. „Die meisten Menschen in dieser Nacht haben gewartet – auf Hilfe, auf Licht, auf Nachricht.“

## Standing Ovations im Parkett

Das Publikum dankte mit fast zwanzig Minuten Applaus. Unter den Gästen waren auch mehrere Zeitzeugen aus Hamburg, die das Haus eigens eingeladen hatte. Eine von ihnen, die heute 79-jährige Hannelore Bredehöft, war damals 17 Jahre alt. „So hat es geklungen“, sagte sie im Foyer, „genau so.“ Die Produktion wird in der kommenden Spielzeit auch an der Hamburgischen Staatsoper gezeigt.`,
  },
];
