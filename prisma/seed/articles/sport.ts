import type { SeedArticle } from "../types";

export const articles: SeedArticle[] = [
  {
    section: "sport",
    authors: ["felix-brandt"],
    kicker: "Spitzenreiter hält Kurs",
    title: "FC Nordhafen dreht Rückstand gegen SV Rheintal 09 und bleibt Tabellenführer",
    teaser: "Nach einem frühen Gegentor wirkte der Spitzenreiter lange ratlos. Dann brachte ein Doppelwechsel zur Pause die Wende – und Stürmer Malik Osei traf beim 3:1 gleich zweimal.",
    tags: ["Fußball", "Bundesliga"],
    ageHours: 14,
    updatedAfterHours: 3,
    imageAlt: "Stürmer Malik Osei jubelt mit ausgebreiteten Armen vor der voll besetzten Nordtribüne des Hafenstadions",
    body: `Es lief die 9. Minute, als im Hafenstadion plötzlich Stille herrschte. Rheintals Kapitän Jannik Wörle hatte einen Freistoß aus knapp 25 Metern über die Mauer gezirkelt, Nordhafens Torwart Piet Hansen streckte sich vergeblich. Für den Tabellenführer begann damit ein Nachmittag, der lange nach einer Enttäuschung aussah – und am Ende doch mit einem 3:1-Sieg und drei Punkten Vorsprung an der Spitze endete.

## Ratlosigkeit bis zur Pause

Die Gäste hatten sich gut auf den Favoriten eingestellt. Mit einer tief stehenden Fünferkette und zwei Sechsern, die jeden Pass ins Zentrum zustellten, ließ die Mannschaft von Trainer Uwe Kessler in der ersten Halbzeit nur eine nennenswerte Chance zu. Nordhafen hatte zwar 68 Prozent Ballbesitz, schob den Ball aber meist quer und ohne Tempo durch die eigenen Reihen. Die 41.300 Zuschauer quittierten den Pausenpfiff mit vereinzelten Pfiffen.

## Der Doppelwechsel als Wendepunkt

Trainerin Annika Rehberg reagierte. Sie brachte zur zweiten Halbzeit den schnellen Flügelspieler Lasse Thormählen und den erst 19 Jahre alten Mittelfeldspieler Emre Aydın – und stellte auf eine Dreierkette um. Die Wirkung war sofort sichtbar: Nordhafen spielte breiter, Rheintal musste seine Abwehr auseinanderziehen.

**In der 54. Minute** flankte Thormählen von links, Malik Osei köpfte zum Ausgleich ein. Nur sieben Minuten später legte Aydın nach einem Ballgewinn im Mittelfeld quer, erneut war es Osei, der aus kurzer Distanz traf. Den Schlusspunkt setzte Innenverteidiger Tjark Feddersen nach einer Ecke in der 83. Minute.

„Zur Pause habe ich der Mannschaft gesagt, dass wir nicht schlecht spielen, sondern zu brav“, sagte Rehberg nach dem Spiel. „Die Jungs haben danach genau das gezeigt, was uns in dieser Saison stark macht: Geduld und Mut zugleich.“

## Rheintal hadert mit einer Szene

Bei den Gästen war die Stimmung gedrückt. Kessler monierte, dass vor dem 1:2 ein Foul an seinem Mittelfeldspieler Dario Pešić nicht gepfiffen worden sei; der Videoassistent hatte die Szene geprüft und nicht eingegriffen. „Das kann man so sehen, muss man aber nicht“, sagte Kessler knapp. Rheintal bleibt mit 15 Punkten auf Rang 13, der Abstand zum Relegationsplatz beträgt nur noch zwei Zähler.

## Spitzenspiel in Talheim

Für Nordhafen geht es am kommenden Wochenende mit dem Spitzenspiel bei Borussia Talheim weiter. Osei, mit nun elf Saisontoren bester Schütze der Liga, gab sich zurückhaltend: „Tabellenführer im Winter zu sein, ist schön. Entscheidend ist, wo wir im Mai stehen.“`,
  },
  {
    section: "sport",
    authors: ["felix-brandt"],
    kicker: "Handball-Pokal",
    title: "19-jähriger Torwart hext die HSG Weserbergland ins Final Four",
    teaser: "Beim 29:27 gegen den favorisierten TV Ostholstein parierte Ole Sandvoß 17 Würfe, darunter zwei Siebenmeter in der Schlussphase. Der Außenseiter aus Hameln steht damit erstmals in der Vereinsgeschichte in der Pokal-Endrunde.",
    tags: ["Handball", "Pokal"],
    ageHours: 42,
    imageAlt: "Ein junger Handballtorwart in gelbem Trikot wehrt einen Siebenmeter mit dem ausgestreckten Bein ab",
    body: `Als der letzte Wurf von Ostholsteins Rückraumspieler Kristian Møller am Pfosten vorbeistrich, rannte Ole Sandvoß einfach los. Quer über das Feld, vorbei an der Trainerbank, bis er in der Fankurve verschwand. 3.800 Zuschauer in der ausverkauften Weserberglandhalle feierten einen 29:27-Erfolg, den vor der Partie kaum jemand für möglich gehalten hatte. Die HSG Weserbergland steht zum ersten Mal im Final Four des DHB-Pokals.

## Ein Abend in drei Akten

Das Spiel lässt sich in drei Phasen erzählen:

1. **Der Fehlstart:** Nach 13 Minuten lag die HSG mit 4:10 zurück. Ostholstein nutzte jeden technischen Fehler zu schnellen Gegenstößen, die Abwehr der Gastgeber wirkte überfordert.
2. **Die Umstellung:** Trainer Henning Lüdeke stellte auf eine offensive 3:2:1-Deckung um und brachte Sandvoß für den glücklosen Stammkeeper. Bis zur Pause verkürzte die HSG auf 13:15.
3. **Die Schlussphase:** Beim 25:25 in der 54. Minute parierte Sandvoß zwei Siebenmeter in Folge. Linksaußen Jonte Mertens traf danach dreimal hintereinander aus spitzem Winkel.

## Von der A-Jugend in die Schlagzeilen

Sandvoß gehört erst seit dieser Saison zum Profikader. Vor zwei Jahren stand er noch in der A-Jugend-Bundesliga zwischen den Pfosten, parallel macht er eine Ausbildung zum Industriemechaniker bei einem Zulieferer in der Region. „Ich habe mir vor jedem Siebenmeter nur gesagt: Bleib stehen, so lange es geht“, sagte er nach dem Spiel, noch sichtlich außer Atem. 17 Paraden bei 44 Würfen aufs Tor bedeuten eine Quote von knapp 39 Prozent – ein Wert, den selbst erfahrene Bundesligatorhüter selten erreichen.

Lüdeke wollte den Jungen dennoch nicht über Gebühr loben. „Ole hat heute fantastisch gehalten, aber er hatte auch eine Abwehr vor sich, die in der zweiten Halbzeit gekämpft hat wie selten“, sagte der 52-Jährige.

## Ostholstein gefasst, Hameln im Ausnahmezustand

Auf der Gegenseite bemühte man sich um Fassung. Ostholsteins Trainer Björn Aalbæk sprach von „fünf Minuten, in denen wir den Kopf verloren haben“. Sein Team ist in der Liga Tabellendritter und hatte sich im Pokal realistische Chancen auf den Titel ausgerechnet.

In Hameln dagegen stellt man sich auf ein Wochenende ein, wie es der Verein noch nicht erlebt hat. Die Geschäftsstelle rechnet damit, dass das Kartenkontingent für die Endrunde binnen weniger Stunden vergriffen sein wird. Geschäftsführerin Sabine Tönnies kündigte an, zusätzlich Busse für die Anreise der Fans zu organisieren.`,
  },
  {
    section: "sport",
    authors: ["felix-brandt"],
    kicker: "Biathlon-Weltcup",
    title: "Null Fehler, Platz zwei: Johanna Seidlmeier läuft in Östersund erstmals aufs Podest",
    teaser: "Die 23-Jährige aus Ruhpolding blieb im Sprint an beiden Schießständen fehlerfrei und musste sich nur der Norwegerin Ingrid Solbakken geschlagen geben. Für das deutsche Frauenteam ist es der beste Saisonstart seit Jahren.",
    tags: ["Biathlon", "Wintersport"],
    ageHours: 93,
    imageAlt: "Eine Biathletin liegt im Schnee am Schießstand und zielt mit dem Gewehr, im Hintergrund wehen Fahnen im Wind",
    body: `Der Wind kam böig von Westen über den Schießstand, und viele Favoritinnen hatten an diesem Nachmittag ihre Mühe. Johanna Seidlmeier nicht. Zehn Schüsse, zehn Treffer – und auf der letzten Runde die drittschnellste Laufzeit des gesamten Feldes. Im Ziel fehlten der 23-Jährigen aus Ruhpolding nur 8,4 Sekunden auf die Siegerin Ingrid Solbakken aus Norwegen. Dritte wurde die Französin Camille Vautrin.

## Ruhe am Schießstand

Seidlmeier war bislang vor allem als schnelle Läuferin aufgefallen, die am Schießstand zu viel liegen ließ. In der vergangenen Saison lag ihre Trefferquote im Stehendanschlag bei gerade einmal 74 Prozent. Im Sommer arbeitete sie deshalb gezielt mit einer Sportpsychologin und dem Schießtrainer des Teams an ihrem Rhythmus.

> „Ich habe mir angewöhnt, vor dem ersten Schuss bewusst zweimal auszuatmen. Das klingt banal, aber es nimmt mir die Hektik. Heute hat es zum ersten Mal im Wettkampf genau so funktioniert wie im Training.“

So beschrieb Seidlmeier im Zielraum, was sich verändert hat. Die Zahlen geben ihr recht: Über die ersten drei Rennen des Winters kommt sie auf 93 Prozent Treffer.

## Lob vom Bundestrainer

Frauen-Bundestrainer Markus Tiefenthaler sprach von einem „Rennen, auf das wir lange hingearbeitet haben“. Er warnte aber vor zu hohen Erwartungen: Es sei erst der Auftakt, die Form im Januar und bei der Weltmeisterschaft sei entscheidender. Auch die übrigen Deutschen zeigten ordentliche Leistungen. Lea Brunnhuber wurde mit einem Fehler Zwölfte, Theresa Kammerlander kam nach zwei Strafrunden auf Rang 21. Die erst 20-jährige Weltcup-Debütantin Frieda Ostermaier verpasste als 43. knapp die Punkteränge.

## Verfolgung mit Startnummer zwei

Für das Verfolgungsrennen geht Seidlmeier nun als Zweite ins Rennen. Dort kommt es vor allem auf die vier Schießeinlagen an, bei denen sich Abstände schnell verschieben können. „Ich werde nicht anders schießen, nur weil ich vorne starte“, sagte sie.

## Männer unter Druck

Auch die Männer sind am Wochenende in Östersund gefordert. Nach dem enttäuschenden Einzel, in dem der beste Deutsche nur Platz 17 belegte, hofft das Team im Sprint auf eine Steigerung. Männer-Trainer Georg Hallinger kündigte an, die Staffel erst nach diesem Rennen endgültig zu benennen.`,
  },
  {
    section: "sport",
    authors: ["felix-brandt"],
    kicker: "Leichtathletik",
    title: "Hochspringerin Mara Ebeling knackt beim Hallenmeeting die EM-Norm",
    teaser: "Mit 1,97 Metern übertraf die 21-jährige Studentin aus Erfurt ihre Bestleistung gleich um vier Zentimeter. Auch über 60 Meter Hürden und im Kugelstoßen gab es beim Meeting in Dortmund starke deutsche Ergebnisse.",
    tags: ["Leichtathletik", "Hochsprung"],
    ageHours: 161,
    updatedAfterHours: 2,
    imageAlt: "Eine Hochspringerin überquert rücklings die Latte, im Hintergrund die Zuschauerränge einer Leichtathletikhalle",
    body: `Es war bereits der dritte Versuch, und die Halle war längst still geworden. Mara Ebeling lief ihren Bogen an, drückte sich ab und zog die Beine knapp über die Latte. Als die Stange liegen blieb, sprang die 21-Jährige mit beiden Fäusten in die Luft. 1,97 Meter – vier Zentimeter mehr als ihre bisherige Bestleistung und deutlich über der Norm für die Hallen-Europameisterschaft.

## Eine Technikumstellung zahlt sich aus

Ebeling, die in Erfurt Sportwissenschaft studiert, hatte im vergangenen Jahr mit einer hartnäckigen Reizung der Achillessehne zu kämpfen. Ihr Trainer Rüdiger Wallstab nutzte die Pause, um ihren Anlauf von neun auf sieben Schritte zu verkürzen. „Wir haben weniger Geschwindigkeit, aber einen viel saubereren Absprung“, erklärte Wallstab. „Das war ein Risiko, weil sie sich im Sommer erst einmal schlechter gefühlt hat. Heute sieht man, warum es richtig war.“

Ebeling gewann den Wettbewerb vor der Polin Zofia Mazurek, die 1,94 Meter übersprang, und ließ die Latte anschließend auf zwei Meter legen. Alle drei Versuche misslangen, der zweite allerdings nur knapp.

## Weitere Ergebnisse aus deutscher Sicht

Auch abseits des Hochsprungs hatte der Abend einiges zu bieten:

- **60 Meter Hürden:** Finn Okafor verbesserte sich im Finale auf 7,61 Sekunden und wurde Dritter. Die EM-Norm verpasste er um eine Hundertstel.
- **Kugelstoßen:** Henrike Saalfeld kam im fünften Versuch auf 18,42 Meter, die bislang beste Weite einer Deutschen in diesem Winter.
- **800 Meter:** Der erst 19 Jahre alte Luis Brandenstein lief in 1:47,80 Minuten Hallenbestzeit. Er führte lange, ehe er auf den letzten 50 Metern noch auf Platz vier zurückfiel.
- **60 Meter:** Die Sprinterinnen blieben unter ihren Möglichkeiten, keine Deutsche erreichte das Finale.

## Der Blick geht Richtung März

Das Aufgebot für die Hallen-EM wird nach den deutschen Meisterschaften benannt. Ebeling dürfte nach diesem Sprung gesetzt sein. Sie selbst bleibt gelassen: „Ich freue mich riesig, aber ich weiß auch, dass eine Saison lang ist. Jetzt wird erst einmal ausgeschlafen.“

Für Wallstab steht fest, dass die zwei Meter noch in diesem Winter fallen können – „wenn der Körper mitspielt“. Bis zu den Meisterschaften will er die Zahl der Sprünge im Training bewusst gering halten, um die Sehne zu schonen.`,
  },
  {
    section: "sport",
    authors: ["felix-brandt"],
    kicker: "Olympia-Vorbereitung",
    title: "Wasser statt Eis: Der Kajak-Vierer startet in Portugal in die Olympia-Vorbereitung",
    teaser: "Drei Wochen lang paddelt der deutsche Kajak-Vierer der Männer auf einem Stausee im Alentejo. Das Trainingslager ist Teil eines langen Plans – und ein Test für ein Messsystem, das jeden einzelnen Paddelschlag aufzeichnet.",
    tags: ["Olympia", "Kanu"],
    ageHours: 259,
    imageAlt: "Vier Kanuten in einem schmalen Rennkajak gleiten im Morgennebel über einen glatten Stausee",
    body: `Um halb sieben liegt noch Nebel über dem Stausee, als die vier Männer ihr Boot ins Wasser heben. Die Lufttemperatur beträgt elf Grad, das Wasser ist kaum wärmer. Trotzdem ist das Trainingslager im portugiesischen Alentejo für den deutschen Kajak-Vierer der Männer ein Privileg: In Potsdam, wo die Mannschaft am Olympiastützpunkt trainiert, ist der Templiner See in diesen Wochen teilweise zugefroren.

## Ein Plan über mehrere Jahre

Bundestrainer Kai Werthmann denkt in langen Zyklen. Der Weg zu den nächsten Olympischen Sommerspielen ist bei ihm in Etappen gegliedert, jede mit eigenem Schwerpunkt:

1. Grundlagenausdauer im Winter, mit bis zu 25 Stunden Training pro Woche, davon rund die Hälfte im Boot.
2. Kraft- und Tempoarbeit im Frühjahr, verbunden mit den nationalen Qualifikationsrennen.
3. Die internationalen Weltcups im Sommer als Gradmesser gegen die Konkurrenz.
4. Die Weltmeisterschaft, bei der die ersten Quotenplätze für die Spiele vergeben werden.

„Wer im Winter spart, bezahlt im August“, sagt Werthmann. Er hat die Besatzung in den vergangenen zwei Jahren zweimal umgestellt und will sich erst im Frühjahr auf die endgültige Reihenfolge im Boot festlegen.

## Sensoren im Paddel

Neu ist in diesem Jahr ein Messsystem, das gemeinsam mit einer Hochschule entwickelt wurde. Sensoren im Paddelschaft zeichnen Kraft und Winkel jedes einzelnen Schlages auf, ein Beschleunigungsmesser im Bootsrumpf erfasst, wie gleichmäßig das Boot läuft. Die Daten landen noch am Steg auf einem Tablet.

**Schon nach der ersten Woche** zeigte sich, dass Schlagmann Moritz Keppler und der Mann hinter ihm, Lukas Wendorf, ihre Paddel unterschiedlich früh ins Wasser setzen – eine Differenz von wenigen Hundertstelsekunden, die das Boot bei jedem Schlag minimal bremst. „Früher hat man das gespürt oder eben nicht“, sagt Wendorf. „Jetzt sehen wir es schwarz auf weiß und können gezielt daran arbeiten.“

## Geld und Geduld

Ganz ohne Sorgen ist die Vorbereitung nicht. Zwei der vier Athleten sind Sportsoldaten, die anderen beiden finanzieren sich über Förderung, eine Teilzeitstelle und Zuschüsse ihrer Vereine. Das Trainingslager kostet nach Angaben des Trainerteams rund 38.000 Euro für die gesamte Gruppe einschließlich Betreuern.

Jonas Albrecht, mit 31 Jahren der Älteste im Boot, formuliert es nüchtern: „Wir trainieren für ein Rennen, das ungefähr 80 Sekunden dauert. Dafür muss alles andere stimmen.“ Ende des Monats geht es zurück nach Potsdam. Bis dahin stehen noch gut 600 Kilometer auf dem Wasser im Plan.`,
  },
  {
    section: "sport",
    authors: ["felix-brandt"],
    kicker: "Frauen-Bundesliga",
    title: "Rekordkulisse im Hafenstadion: 23.400 Fans sehen Sieg der Nordhafen-Frauen",
    teaser: "Zum ersten Mal trugen die Fußballerinnen des FC Nordhafen ein Ligaspiel in der großen Arena aus. Gegen den VfL Auenried gewannen sie 2:0 – und der Verein denkt bereits über weitere Spiele im Stadion nach.",
    tags: ["Fußball", "Frauenfußball", "Bundesliga"],
    ageHours: 334,
    updatedAfterHours: 5,
    imageAlt: "Fußballerinnen in blauen Trikots bilden nach dem Abpfiff einen Kreis vor einer voll besetzten Stadiontribüne",
    body: `Schon eine Stunde vor dem Anpfiff bildeten sich an den Eingängen lange Schlangen. Familien mit Kindern in Trikots, Schulklassen, Fanklubs der Männermannschaft, die diesmal für die Frauen sangen. Am Ende meldete der FC Nordhafen 23.400 Zuschauer – Vereinsrekord für ein Frauenspiel und fast das Zehnfache des bisherigen Saisonschnitts von 2.460.

## Ein Spiel, das der Kulisse gerecht wurde

Sportlich hielt die Partie gegen den VfL Auenried, was die Stimmung versprach. Nordhafen begann nervös, in den ersten 20 Minuten hatten die Gäste zwei gute Gelegenheiten. Dann übernahm die Heimmannschaft die Kontrolle. In der 37. Minute traf Kapitänin Hanna Veldkamp nach einem Eckball per Kopf, kurz nach der Pause erhöhte die 18 Jahre alte Stürmerin Amira Haddad nach einem Solo über die halbe Spielfeldlänge auf 2:0.

„Ich habe auf dem Weg zum Tor nur Lärm gehört“, sagte Haddad. „So etwas kannte ich bisher nur aus dem Fernsehen.“ Trainerin Gesa Olbrich sprach von einem „Tag, den keine von uns vergessen wird“, lobte aber vor allem die Geduld ihrer Mannschaft nach der wackligen Anfangsphase.

## Was der Rekord für den Verein bedeutet

Die Entscheidung, ins große Stadion zu ziehen, war im Verein nicht unumstritten. Die Stadionmiete, zusätzliche Ordner und die Öffnung der Gastronomie verursachten Kosten von rund 140.000 Euro. Durch Ticketpreise zwischen fünf und 15 Euro sowie das Catering kam nach vorläufiger Rechnung knapp mehr herein. **Wirtschaftlich war es also ein Nullsummenspiel, sportpolitisch ein Ausrufezeichen.**

Vorstandsmitglied Karin Dethlefsen kündigte an, in der Rückrunde mindestens zwei weitere Heimspiele im Hafenstadion auszutragen. Langfristig wolle man prüfen, ob die Frauen dauerhaft in das Stadion der U23 umziehen können, das mehr Platz bietet als die bisherige Spielstätte mit 3.000 Plätzen.

Für die Liga insgesamt ist der Abend ein weiteres Zeichen für das wachsende Interesse am Frauenfußball. Auch andere Klubs haben in dieser Saison einzelne Spiele in ihre großen Stadien verlegt und dabei fünfstellige Zuschauerzahlen erreicht.

Auenrieds Trainer Matthias Pfaff nahm die Niederlage entsprechend gelassen: „Wenn man schon verliert, dann lieber vor so einer Kulisse. Meine Spielerinnen werden noch ihren Enkeln davon erzählen.“`,
  },
  {
    section: "sport",
    authors: ["felix-brandt", "sophie-lindner"],
    kicker: "Breitensport",
    title: "Turnhalle gesperrt, Wartelisten voll: Ein Sportverein sucht nach Platz",
    teaser: "Der TuS Eichenhain hat so viele Mitglieder wie nie – und so wenig Hallenzeit wie lange nicht. Seit die Schulturnhalle saniert wird, turnen Kinder im Gemeindesaal und Senioren auf dem Sportplatz. Ein Besuch bei einem Verein, der improvisiert.",
    tags: ["Breitensport", "Kommunen", "Ehrenamt"],
    ageHours: 421,
    imageAlt: "Kinder üben Purzelbäume auf blauen Turnmatten in einem Gemeindesaal, am Rand sind Stühle gestapelt",
    body: `Die Matten liegen zwischen Stuhlstapeln, an der Wand hängt ein Holzkreuz. Im Gemeindesaal der evangelischen Kirchengemeinde üben an diesem Nachmittag 14 Kinder Purzelbäume. Übungsleiterin Birgit Hollmann muss aufpassen, dass niemand gegen das Klavier rollt. „Es geht“, sagt sie, „aber es ist kein Turnen, wie wir es kennen.“

## Mehr Mitglieder als je zuvor

Der TuS Eichenhain 1911, ein Mehrspartenverein im Osnabrücker Land, hat ein Problem, um das ihn mancher beneiden würde: Er wächst. 1.486 Mitglieder zählte der Verein zum Jahresbeginn, gut 200 mehr als vor der Pandemie. Besonders gefragt sind Kinderturnen, Volleyball und die Fitnesskurse für Ältere. Gleichzeitig ist die Sporthalle der Grundschule, die der Verein seit Jahrzehnten nutzt, seit dem Sommer wegen einer Dach- und Heizungssanierung gesperrt – voraussichtlich bis zum Herbst kommenden Jahres.

Die Folgen zeigen sich überall:

- Für das Kinderturnen gibt es eine Warteliste mit 63 Namen.
- Die Volleyballerinnen trainieren nur noch einmal pro Woche, in einer Halle im zwölf Kilometer entfernten Nachbarort.
- Die Seniorengymnastik findet bei trockenem Wetter auf dem Sportplatz statt, sonst fällt sie aus.
- Für Ausweichzeiten zahlt der Verein rund 900 Euro Miete im Monat, die im Haushalt nicht eingeplant waren.

## Ehrenamt am Limit

Vorsitzender Reinhard Kolbeck, seit 17 Jahren im Amt, verbringt inzwischen mehr Zeit mit Hallenplänen als mit Sport. „Wir haben 41 Übungsleiterinnen und Übungsleiter, fast alle ehrenamtlich“, sagt er. „Wenn ich denen sage, dass sie jetzt auch noch um halb neun abends in einem anderen Dorf trainieren sollen, springen mir die Ersten ab.“

> „Ein Verein ist mehr als ein Sportangebot. Hier lernen Kinder, zu verlieren, und Rentner haben einen Grund, aus dem Haus zu gehen.“

Mit diesen Worten warb Kolbeck jüngst im Gemeinderat um Unterstützung. Die Gemeinde hat zugesagt, die Mietkosten für die Ausweichhalle zur Hälfte zu übernehmen. Bürgermeisterin Anja Strotmann verweist auf knappe Kassen: Die Sanierung der Halle koste die Gemeinde bereits 2,3 Millionen Euro, ein Teil davon stamme aus Fördermitteln des Landes.

## Improvisation als Dauerzustand

Im Gemeindesaal ist die Stunde vorbei. Die Kinder helfen, die Matten in einen Abstellraum zu tragen, danach werden die Stühle wieder aufgestellt – für den Seniorenkreis, der am nächsten Morgen hier Kaffee trinkt. Birgit Hollmann zählt die Bälle nach. „Wir machen das so lange, bis die Halle fertig ist“, sagt sie. „Aufgeben ist keine Option. Die Kinder fragen jede Woche, wann sie endlich wieder an die Ringe dürfen.“`,
  },
  {
    section: "sport",
    authors: ["felix-brandt"],
    kicker: "Kurzbahn-DM",
    title: "Mit 17 zum Jahrgangsrekord: Nele Harmsen gewinnt über 200 Meter Lagen",
    teaser: "Bei den deutschen Kurzbahnmeisterschaften in Wuppertal hat die Schülerin aus Schleswig-Holstein ihren ersten nationalen Titel geholt. Ihre Trainingsgruppe schwimmt seit Monaten schon vor Sonnenaufgang, weil Wasserzeiten knapp sind.",
    tags: ["Schwimmen", "Nachwuchs"],
    ageHours: 507,
    imageAlt: "Eine Schwimmerin mit Badekappe schlägt am Beckenrand an, über ihr leuchtet die Zeitanzeige",
    body: `Auf den letzten 25 Metern Freistil drehte Nele Harmsen den Kopf kein einziges Mal zur Seite. Sie wusste auch so, dass sie vorne lag. Als sie anschlug, leuchtete auf der Anzeigetafel 2:09,31 Minuten auf – deutscher Jahrgangsrekord für 17-Jährige und der Titel bei den deutschen Kurzbahnmeisterschaften in Wuppertal. Die bisherige Bestmarke hatte mehr als ein Jahrzehnt Bestand gehabt.

## Ein Rennen in vier Teilen

Die 200 Meter Lagen gelten als eine der anspruchsvollsten Disziplinen, weil sie in allen vier Schwimmarten Stärke verlangen. Harmsens Rennen im Überblick:

1. **Schmetterling:** 27,94 Sekunden, Platz drei nach den ersten 50 Metern.
2. **Rücken:** 33,02 Sekunden, Anschluss an die Spitze.
3. **Brust:** 38,11 Sekunden, hier übernahm sie die Führung – es ist ihre stärkste Lage.
4. **Freistil:** 30,24 Sekunden, im Ziel ein Vorsprung von gut einer Sekunde.

Zweite wurde die Vorjahresmeisterin Sarah Kühnhold in 2:10,42 Minuten, Dritte Lotta Mennicken.

## Training vor Sonnenaufgang

Hinter dem Erfolg steckt ein Alltag, der mit Glamour wenig zu tun hat. Weil ein Hallenbad in der Region wegen Sanierung geschlossen ist, teilen sich mehrere Vereine die verbliebenen Wasserflächen. Harmsens Trainingsgruppe beim SV Förde 1921 schwimmt deshalb montags und donnerstags schon um 5.45 Uhr, bevor um acht die Schulklassen kommen. „Ich gehe um halb zehn ins Bett, anders geht es nicht“, sagt die Gymnasiastin, die im kommenden Jahr Abitur machen will.

Trainer Thorben Iversen sieht darin sogar einen Vorteil: „Wer sich um fünf Uhr morgens motivieren kann, lässt sich auch im Finale nicht so schnell aus der Ruhe bringen.“

## Was der Titel bedeutet – und was nicht

Ganz ohne Einschränkung ist der Erfolg allerdings nicht zu bewerten. Die Kurzbahn mit ihren 25-Meter-Becken begünstigt Schwimmerinnen mit guten Wenden. Auf der langen Bahn, auf der internationale Meisterschaften und Olympische Spiele ausgetragen werden, ist Harmsen von der Weltspitze noch ein gutes Stück entfernt. Iversen weiß das. Für den Winter plant er deshalb zusätzliche Einheiten auf einer 50-Meter-Bahn in Hamburg.

Harmsen selbst wollte nach dem Rennen von großen Zielen nichts wissen. „Ich freue mich einfach, dass sich die frühen Morgen gelohnt haben“, sagte sie, die Medaille noch in der Hand. Am Schlusstag startet sie noch über 400 Meter Lagen – diesmal als Favoritin.`,
  },
  {
    section: "sport",
    authors: ["felix-brandt"],
    kicker: "Trainerwechsel",
    title: "Eintracht Lindenau trennt sich von Ralf Görtz – U23-Coach übernimmt",
    teaser: "Nach dem Pokal-Aus beim Regionalligisten und einer Serie ohne Sieg zieht der Tabellenvorletzte die Konsequenzen. Übernehmen soll vorerst Sven Harbeck, bislang Trainer der zweiten Mannschaft.",
    tags: ["Fußball", "Bundesliga"],
    ageHours: 613,
    updatedAfterHours: 20,
    imageAlt: "Ein Trainer in dunkler Jacke steht mit verschränkten Armen an der Seitenlinie eines leeren Trainingsplatzes",
    body: `Die Entscheidung fiel am Morgen nach einer mehrstündigen Sitzung des Präsidiums, mitgeteilt wurde sie in einer knappen Erklärung kurz nach elf Uhr. Eintracht Lindenau hat sich mit sofortiger Wirkung von Cheftrainer Ralf Görtz und dessen Assistenten Mehmet Saral getrennt. Der Verein steht nach zwölf Spieltagen mit acht Punkten auf dem vorletzten Tabellenplatz.

## Eine Woche, die alles kippte

Lange hatte Sportdirektor Frank Mielitz an Görtz festgehalten. Noch vor zehn Tagen sprach er von „vollem Vertrauen“. Dann folgten das bittere Ausscheiden in der zweiten Runde des DFB-Pokals beim Regionalligisten TuS Kirchberg und am Wochenende ein 0:3 gegen den direkten Konkurrenten SV Rheintal 09, bei dem die Mannschaft kaum eine Torchance herausspielte.

„Wir haben nicht mehr erkennen können, dass die Mannschaft den Weg des Trainers mitgeht“, sagte Mielitz bei einer Pressekonferenz am Nachmittag. Er betonte, Görtz habe sich „in einer schwierigen Lage nie beklagt“ und sei ein „hochanständiger Mensch“.

**Die Zahlen:** zwei Siege aus zwölf Ligaspielen, 26 Gegentore, so viele wie kein anderes Team. **Die Umstände:** Zugutehalten muss man Görtz, dass ihm mit Abwehrchef Tomasz Wielgosz und Spielmacher Nico Frerichs zwei Schlüsselspieler seit Wochen verletzt fehlen. **Die Stimmung:** Nach dem Spiel gegen Rheintal hatten Teile der Fans die Mannschaft mit Pfiffen verabschiedet, auf Transparenten wurde auch das Präsidium kritisiert.

Görtz war vor anderthalb Jahren gekommen und hatte den Klub in der vergangenen Saison mit einem starken Endspurt zum Klassenerhalt geführt. In einer eigenen Stellungnahme bedankte er sich bei Spielern und Mitarbeitern. „Ich hätte diesen Weg gern weitergeführt“, schrieb er.

## Harbeck soll für Stabilität sorgen

Nachfolger wird vorerst Sven Harbeck, 39 Jahre alt, bislang Trainer der U23. Er kennt viele Spieler aus der eigenen Jugend und gilt als akribischer Arbeiter. Einen Vertrag bis Saisonende hat er nicht – die Vereinsführung will zunächst die Spiele bis zur Winterpause abwarten und parallel mit externen Kandidaten sprechen.

> „Ich habe keine Zeit für große Reden. Wir müssen in der Defensive wieder kompakt werden und ein Erfolgserlebnis schaffen, alles andere kommt danach.“

So umriss Harbeck bei seiner ersten Pressekonferenz die Aufgabe. Sein erstes Spiel steht am Wochenende an – ausgerechnet beim Tabellenführer FC Nordhafen.`,
  },
  {
    section: "sport",
    authors: ["felix-brandt"],
    kicker: "DFB-Pokal",
    title: "Pokalwunder in Kirchberg: Regionalligist wirft Eintracht Lindenau raus",
    teaser: "Der TuS Kirchberg hat in der zweiten Runde des DFB-Pokals den Bundesligisten aus Lindenau im Elfmeterschießen besiegt. Held des Abends war ein Torwart, der hauptberuflich als Physiotherapeut arbeitet.",
    tags: ["Fußball", "DFB-Pokal"],
    ageHours: 702,
    imageAlt: "Spieler in grünen Trikots stürmen nach dem entscheidenden Elfmeter jubelnd auf ihren Torwart zu, im Flutlicht",
    body: `Kurz vor Mitternacht saßen noch immer rund 200 Menschen auf den Stufen der Haupttribüne im Waldstadion und sangen. Auf dem Rasen lag Florian Stöckl auf dem Rücken und starrte in den Flutlichthimmel. Der 28 Jahre alte Torwart des Regionalligisten TuS Kirchberg hatte im Elfmeterschießen zwei Schüsse pariert und den Bundesligisten Eintracht Lindenau damit aus dem DFB-Pokal geworfen. 1:1 hatte es nach 120 Minuten gestanden, vom Punkt siegte Kirchberg mit 4:2.

## Halbprofis mit großem Abend

Das Waldstadion fasst offiziell 6.500 Zuschauer, für das Pokalspiel war es mit Zusatztribünen auf 7.200 Plätze erweitert worden und seit Wochen ausverkauft. Die Spieler des TuS sind Halbprofis, die meisten arbeiten nebenbei, viele in Teilzeit.

Stöckl etwa behandelt tagsüber in einer Praxis Patienten nach Knie- und Schulteroperationen. „Morgen um acht habe ich meinen ersten Termin“, sagte er nach dem Spiel und lachte. „Ich glaube, ich rufe gleich mal die Chefin an.“

## Führung, Ausgleich, Nervenspiel

Dabei hatte zunächst alles nach dem erwarteten Ablauf ausgesehen. Lindenau ging in der 23. Minute durch Stürmer Davide Ronchetti in Führung und kontrollierte das Spiel danach weitgehend, ohne allerdings nachzulegen. Kirchberg verteidigte leidenschaftlich und lauerte auf Konter. In der 78. Minute wurde das belohnt: Nach einem langen Ball setzte sich der eingewechselte Yannick Bohr gegen zwei Verteidiger durch und traf flach ins lange Eck.

In der Verlängerung hatte Lindenau zwei große Chancen, doch Stöckl hielt, was zu halten war. Im Elfmeterschießen verwandelten alle vier Kirchberger Schützen sicher, während Stöckl gegen Ronchetti und Kapitän Marcel Udeh jeweils die richtige Ecke ahnte.

## Lindenau in der Krise

Für den Bundesligisten ist das Aus ein weiterer Rückschlag in einer ohnehin schwierigen Saison. Trainer Ralf Görtz vermied nach dem Spiel jede Ausrede. „Wir haben nach der Führung aufgehört, Fußball zu spielen. Das ist meine Verantwortung“, sagte er. Auf die Frage nach seiner Zukunft antwortete er knapp, darüber entscheide nicht er.

In Kirchberg wartet man nun gespannt auf die Auslosung des Achtelfinals. Vereinspräsident Horst Ebersbach hat bereits einen Wunsch: „Ein Heimspiel, egal gegen wen. Von diesen Abenden sollen die Leute hier noch lange erzählen.“ Die zusätzlichen Einnahmen, nach Vereinsangaben ein mittlerer sechsstelliger Betrag, sollen in die Jugendarbeit und eine neue Flutlichtanlage fließen.`,
  },
  {
    section: "sport",
    authors: ["felix-brandt"],
    status: "SCHEDULED",
    kicker: "Vor dem Achtelfinale",
    title: "TuS Kirchberg gegen Borussia Talheim: Der Außenseiter träumt vom nächsten Coup",
    teaser: "Nach dem Sieg gegen Eintracht Lindenau empfängt der Regionalligist im Achtelfinale des DFB-Pokals den Tabellenzweiten der Bundesliga. Das Stadion ist ausverkauft, und Talheims Trainer warnt eindringlich vor Leichtsinn.",
    tags: ["Fußball", "DFB-Pokal", "Bundesliga"],
    ageHours: -6,
    imageAlt: "Ein Platzwart zieht im Abendlicht eine Plane über den Rasen eines kleinen, von Bäumen umgebenen Stadions",
    body: `Wenn am Abend um 20.45 Uhr im Waldstadion angepfiffen wird, ist für den TuS Kirchberg bereits ein Traum in Erfüllung gegangen. Wenige Wochen nach dem Elfmeterkrimi gegen Eintracht Lindenau empfängt der Regionalligist im Achtelfinale des DFB-Pokals Borussia Talheim – den Tabellenzweiten der Bundesliga, der nur drei Punkte hinter Spitzenreiter FC Nordhafen liegt.

## Die Ausgangslage

- **Das Stadion:** 7.200 Plätze, ausverkauft binnen 40 Minuten nach Start des Vorverkaufs.
- **Die Form:** Kirchberg ist in der Regionalliga seit acht Spielen ungeschlagen und steht auf Rang drei. Talheim hat von den vergangenen zehn Pflichtspielen sieben gewonnen.
- **Das Personal:** Beim TuS fehlt Innenverteidiger Paul Seeger mit einem Muskelfaserriss. Talheim muss auf Linksverteidiger Marek Hollenbach verzichten, der sich im Training am Sprunggelenk verletzt hat.
- **Das Wetter:** Vorhergesagt sind Temperaturen um den Gefrierpunkt. Der Platzwart hat den Rasen vorsorglich mit Planen abgedeckt.

## Talheim warnt vor Leichtsinn

Borussia Talheim reist mit Respekt an. Trainer Jens Mückenberger hat sich nach eigenen Angaben alle Spiele Kirchbergs aus den vergangenen Wochen angesehen, einschließlich der 120 Minuten gegen Lindenau. „Die verteidigen mit elf Mann, und sie haben vorne zwei, drei Spieler, die jeden Fehler sofort bestrafen“, sagte er am Vortag.

Rotieren will Mückenberger nicht, obwohl am Wochenende das Spitzenspiel gegen Nordhafen ansteht. „Wer im Pokal schon ans nächste Spiel denkt, ist schneller draußen, als ihm lieb ist“, sagte er. Kapitän Leon Averbeck ergänzte, die Mannschaft habe die Bilder aus Kirchbergs Sieg gegen Lindenau „sehr genau gesehen“.

## Kirchberg setzt auf den Heimvorteil

Bei den Gastgebern ist die Vorfreude groß, die Anspannung auch. Trainer Achim Reuber will an der Taktik aus der zweiten Runde festhalten: tief stehen, Räume eng machen, auf Umschaltmomente warten. Torwart Florian Stöckl, der Held des Lindenau-Abends, hat sich in seiner Physiotherapiepraxis für den Tag nach dem Spiel freigenommen. „Beim letzten Mal habe ich am nächsten Morgen gearbeitet. Das mache ich nicht noch einmal“, sagte er.

Finanziell hat sich der Pokal für den Verein längst gelohnt. Mit den Prämien und Zuschauereinnahmen aus zwei Runden kann der TuS nach eigenen Angaben die neue Flutlichtanlage vollständig bezahlen. Sportlich, sagt Reuber, sei ohnehin alles möglich: „Ein Fußballspiel dauert 90 Minuten. Manchmal auch 120. Das haben wir gelernt.“`,
  },
];
