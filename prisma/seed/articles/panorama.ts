import type { SeedArticle } from "../types";

export const articles: SeedArticle[] = [
  {
    section: "panorama",
    authors: ["sophie-lindner", "tobias-reimann"],
    kicker: "Unwetter im Norden",
    title: "Orkanböen legen Bahnverkehr in Norddeutschland lahm – Hunderte Feuerwehreinsätze",
    teaser: "Sturmtief „Ilka“ ist in der Nacht mit Böen von bis zu 137 Kilometern pro Stunde über Norddeutschland gezogen. Bäume stürzten auf Gleise und Straßen, mehrere Menschen wurden leicht verletzt.",
    tags: ["Wetter", "Verkehr", "Bahn"],
    ageHours: 9,
    updatedAfterHours: 4,
    imageAlt: "Ein umgestürzter Baum liegt quer über einer nassen Landstraße, Feuerwehrleute mit Kettensägen stehen daneben",
    body: `Die stärkste Böe wurde kurz nach drei Uhr morgens auf Helgoland gemessen: 137 Kilometer pro Stunde. Aber auch auf dem Festland erreichte Sturmtief „Ilka“ in der Nacht vielerorts Orkanstärke. In Schleswig-Holstein, Hamburg, Niedersachsen und Bremen rückten Feuerwehren nach ersten Zählungen zu mehr als 1.400 Einsätzen aus. Meist ging es um umgestürzte Bäume, lose Dachziegel und abgerissene Äste auf Fahrbahnen.

## Bahn stellt Fernverkehr vorübergehend ein

Am stärksten betroffen war der Schienenverkehr. Die Deutsche Bahn stellte den Fernverkehr nördlich von Hannover am späten Abend vorsorglich ein, nachdem auf mehreren Strecken Bäume in die Oberleitungen gestürzt waren. Am Morgen sah die Lage so aus:

- Zwischen Hamburg und Bremen fuhren ab sieben Uhr wieder erste Züge, allerdings mit Verspätungen von bis zu 90 Minuten.
- Die Strecke zwischen Hamburg und Kiel blieb bis zum Vormittag gesperrt, weil Reparaturtrupps eine beschädigte Oberleitung bei Neumünster erneuern mussten.
- Im Regionalverkehr in Ostfriesland fielen zahlreiche Verbindungen aus, Ersatzbusse wurden eingesetzt.
- Mehrere Fährverbindungen zu den Nordseeinseln wurden für den ganzen Tag abgesagt.

In Hamburg und Hannover standen Aufenthaltszüge bereit, in denen gestrandete Reisende die Nacht verbringen konnten. Eine Reisende aus Osnabrück, die am Hamburger Hauptbahnhof festsaß, nahm es gelassen: „Lieber hier sitzen als irgendwo auf freier Strecke unter einem Baum stehen bleiben.“

## Verletzte, aber keine Todesopfer

Nach Angaben der Polizei wurden im gesamten Sturmgebiet sieben Menschen leicht verletzt, die meisten durch herabfallende Äste. In Cuxhaven wurde ein Autofahrer in seinem Wagen eingeschlossen, als ein Baum auf die Motorhaube fiel; die Feuerwehr befreite ihn nach knapp einer Stunde, er kam mit Prellungen ins Krankenhaus. In Lübeck riss der Wind ein Baugerüst an einer Fassade teilweise aus der Verankerung, mehrere Straßen in der Innenstadt wurden abgesperrt.

An der Küste blieb die befürchtete schwere Sturmflut aus. Der Wasserstand in Hamburg lag rund 1,80 Meter über dem mittleren Hochwasser, der Fischmarkt wurde wie so oft überflutet, größere Schäden blieben aber aus.

## Warum „Ilka“ so heftig ausfiel

Meteorologisch kam der Sturm nicht überraschend. Das Tief hatte sich über dem Nordatlantik rasch vertieft, innerhalb von 24 Stunden fiel der Luftdruck in seinem Kern um mehr als 25 Hektopascal – Fachleute sprechen dann von einer explosiven Entwicklung. Die Kaltfront zog in der Nacht mit kurzen Gewittern über das Land, was die Böen zusätzlich verstärkte.

Im Laufe des Nachmittags soll der Wind deutlich nachlassen. Der Deutsche Wetterdienst hob seine Unwetterwarnungen für das Binnenland bereits am Vormittag auf, an der Küste gelten Sturmwarnungen noch bis in den Abend.`,
  },
  {
    section: "panorama",
    authors: ["sophie-lindner"],
    kicker: "Gegen die Einsamkeit",
    title: "Plauderbänke in Bremerhaven: Wer sich hier hinsetzt, möchte reden",
    teaser: "Zwölf Parkbänke mit einem kleinen Schild sollen in Bremerhaven Menschen ins Gespräch bringen, die sich allein fühlen. Nach einem halben Jahr zieht die Initiative eine erste Bilanz – und die fällt überraschend aus.",
    tags: ["Gesellschaft", "Gesundheit", "Kommunen"],
    ageHours: 31,
    imageAlt: "Eine ältere Frau mit Wollmütze und ein junger Mann sitzen im Gespräch auf einer Parkbank mit kleinem Schild",
    body: `Auf der Bank am Rand des Bürgerparks sitzt Gerda Wilkens, 81 Jahre alt, Wollmütze, die Einkaufstasche auf dem Schoß. Neben ihr ein junger Mann, die Kopfhörer um den Hals gelegt. Sie reden über das Wetter, dann über seine Ausbildung zum Elektroniker, dann über ihren verstorbenen Mann, der auf der Werft gearbeitet hat. Nach 20 Minuten verabschieden sie sich mit Handschlag. „Das war schön“, sagt Wilkens. „Mehr will ich ja gar nicht.“

## Ein Schild als Einladung

Die Bank, auf der sie sitzt, ist eine von zwölf sogenannten Plauderbänken, die ein Nachbarschaftsverein gemeinsam mit dem Seniorenbeirat im vergangenen Frühjahr aufgestellt hat. Eigentlich sind es ganz gewöhnliche Parkbänke. Nur ein kleines Schild unterscheidet sie: „Wer sich hier hinsetzt, freut sich über ein Gespräch.“

Die Idee ist nicht neu, ähnliche Projekte gibt es in Großbritannien und in mehreren deutschen Städten. Für Initiatorin Maren Dohrmann, Sozialarbeiterin im Ruhestand, war sie trotzdem ein Wagnis. „Ich hatte Sorge, dass sich niemand traut. Sich auf so eine Bank zu setzen, heißt ja, öffentlich zu sagen: Ich bin allein.“

## Nicht nur Ältere suchen Anschluss

Ehrenamtliche haben im Sommer an mehreren Nachmittagen gezählt und Menschen befragt. Das Ergebnis hat die Initiative selbst überrascht. Etwa ein Drittel derjenigen, die sich auf die Bänke setzten und ins Gespräch kamen, war jünger als 35 Jahre: Studierende, die neu in der Stadt sind, junge Eltern in Elternzeit, Menschen, die im Homeoffice arbeiten und tagelang kaum jemanden sehen.

> „Einsamkeit ist kein Altersproblem. Sie trifft Menschen in Übergängen – nach einem Umzug, einer Trennung, dem Renteneintritt oder dem Tod des Partners.“

So fasst es die Psychologin Insa Rehwinkel zusammen, die das Projekt ehrenamtlich begleitet. Sie warnt zugleich davor, die Bänke zu überschätzen. Wer unter anhaltender Einsamkeit leide, brauche oft mehr als ein zufälliges Gespräch, etwa feste Gruppenangebote oder therapeutische Hilfe.

Die Stadt hat angekündigt, im kommenden Jahr acht weitere Bänke zu finanzieren, vor allem in Stadtteilen, in denen besonders viele Menschen allein leben. Außerdem liegen an den Bänken inzwischen kleine Kärtchen aus, mit Telefonnummern von Beratungsstellen und Adressen offener Treffs in der Nähe.

Gerda Wilkens kommt zweimal pro Woche. Manchmal setzt sich niemand zu ihr, dann füttert sie die Enten und geht wieder nach Hause. „Aber meistens“, sagt sie, „kommt doch jemand vorbei.“`,
  },
  {
    section: "panorama",
    authors: ["sophie-lindner"],
    kicker: "Dorfleben",
    title: "Brötchen, Klatsch und Genossenschaftsanteile: Ein Dorf gründet seinen eigenen Laden",
    teaser: "Seit der letzte Markt schloss, mussten die Menschen in Wiesenrode 15 Kilometer fahren, um Brot zu kaufen. Jetzt betreiben 212 Genossinnen und Genossen gemeinsam einen Dorfladen – mit Kaffeeecke und Eiern vom Nachbarhof.",
    tags: ["Kommunen", "Landwirtschaft", "Dorfleben"],
    ageHours: 118,
    imageAlt: "Eine Verkäuferin reicht hinter einer Holztheke eine Brötchentüte, im Vordergrund Regale mit regionalen Produkten",
    body: `Um sieben Uhr morgens riecht es im alten Feuerwehrhaus nach frischen Brötchen. Hinter dem Tresen steht Kerstin Pahl, 58, und schneidet Käse auf, an dem kleinen Tisch am Fenster trinken zwei Rentner ihren ersten Kaffee. Was wie ein gewöhnlicher Morgen in einem Dorfladen aussieht, ist für Wiesenrode, ein Dorf mit 640 Einwohnern in der Uckermark, eine kleine Revolution.

## Als der Markt zumachte

Vor drei Jahren schloss der letzte Lebensmittelmarkt im Ort. Wer danach einkaufen wollte, musste in die 15 Kilometer entfernte Kreisstadt fahren. Für die vielen Älteren ohne Auto blieb nur der Bus, der zweimal am Tag fährt, oder die Hilfe von Nachbarn. „Wir haben gemerkt, dass mit dem Laden mehr verschwindet als eine Einkaufsmöglichkeit“, sagt Ortsvorsteher Matthias Kuhlmey. „Es gab keinen Ort mehr, an dem man sich zufällig trifft.“

## In fünf Schritten zur Genossenschaft

Die Idee, den Laden selbst zu betreiben, kam bei einer Einwohnerversammlung auf. Der Weg bis zur Eröffnung dauerte knapp zwei Jahre:

1. Eine Arbeitsgruppe von neun Freiwilligen besuchte Dorfläden in Brandenburg und Mecklenburg-Vorpommern, um von deren Erfahrungen zu lernen.
2. Die Gemeinde stellte das leer stehende Feuerwehrhaus zur Verfügung, für eine symbolische Miete von einem Euro im Jahr.
3. 212 Menschen aus dem Dorf und der Umgebung kauften Genossenschaftsanteile zu je 100 Euro, manche gleich mehrere.
4. Ein Förderprogramm für ländliche Räume übernahm rund 60 Prozent der Umbaukosten von 94.000 Euro.
5. Freiwillige strichen Wände, verlegten Böden und bauten Regale – insgesamt mehr als 1.800 Arbeitsstunden.

## Regional, aber nicht nur

Im Sortiment finden sich rund 1.200 Artikel, von Nudeln bis Waschmittel. Ein Teil kommt von einem Großhändler, ein anderer von Betrieben aus der Umgebung: Eier und Kartoffeln vom Hof der Familie Dreger am Ortsrand, Honig von einem Imker aus dem Nachbardorf, Brot von einer Bäckerei in der Kreisstadt, die jeden Morgen liefert. Landwirt Uwe Dreger sieht im Laden vor allem einen zusätzlichen Absatzweg. „Früher standen die Leute bei uns am Hoftor. Jetzt ist alles an einem Ort“, sagt er.

Kerstin Pahl ist eine von zwei Teilzeitkräften, daneben helfen elf Ehrenamtliche im Wechsel aus. Die Rechnung geht nach dem ersten Jahr knapp auf, ein kleiner Überschuss soll in eine Kühltheke fließen. Wichtiger ist den Menschen in Wiesenrode ohnehin etwas anderes: Am Kaffeetisch am Fenster ist morgens kaum ein Platz frei.`,
  },
  {
    section: "panorama",
    authors: ["sophie-lindner"],
    kicker: "Nebel auf der A31",
    title: "Unfallserie im Nebel: 23 Fahrzeuge auf der A31 beteiligt, 14 Menschen verletzt",
    teaser: "Bei dichtem Nebel sind im Emsland am frühen Morgen mehrere Unfälle kurz hintereinander geschehen. Zwei Menschen wurden schwer verletzt. Die Polizei lobt das Verhalten der nachfolgenden Autofahrer und sucht Zeugen.",
    tags: ["Verkehr", "Wetter", "Polizei"],
    ageHours: 187,
    updatedAfterHours: 6,
    imageAlt: "Einsatzfahrzeuge mit Blaulicht stehen auf einer gesperrten, nebligen Autobahn, im Hintergrund sind Lastwagen zu erkennen",
    body: `Die Sichtweite lag nach Angaben der Polizei stellenweise unter 50 Metern, als es am frühen Morgen auf der Autobahn 31 im Emsland zu einer Serie von Auffahrunfällen kam. Insgesamt 23 Fahrzeuge, darunter vier Lastwagen, waren auf einem rund 600 Meter langen Abschnitt in Fahrtrichtung Süden beteiligt. 14 Menschen wurden verletzt, zwei von ihnen schwer. Lebensgefahr besteht nach Auskunft der behandelnden Ärzte bei keinem von ihnen.

## Großaufgebot der Rettungskräfte

Die ersten Notrufe gingen kurz nach 6.30 Uhr ein. Feuerwehr, Rettungsdienst und Polizei waren mit mehr als 120 Einsatzkräften vor Ort, darunter Freiwillige Feuerwehren aus fünf umliegenden Gemeinden. Ein Rettungshubschrauber konnte wegen des Nebels zunächst nicht landen; die Schwerverletzten wurden deshalb mit Rettungswagen in Krankenhäuser gebracht.

Einsatzleiter Jens Hilbers von der Kreisfeuerwehr beschrieb die Lage als „unübersichtlich, aber zu jeder Zeit unter Kontrolle“. Mehrere Menschen waren in ihren Fahrzeugen eingeschlossen und mussten von der Feuerwehr befreit werden. Leicht verletzte und unverletzte Beteiligte wurden in einem beheizten Bus betreut, Notfallseelsorger kümmerten sich um Menschen, die unter dem Eindruck des Geschehens standen.

## Lob für die Rettungsgasse

Ausdrücklich lobte die Polizei das Verhalten der nachfolgenden Autofahrer. **Die Rettungsgasse habe „vorbildlich“ funktioniert**, sagte ein Sprecher der zuständigen Polizeiinspektion. Auch Schaulustige, die in anderen Fällen Einsätze behindern, seien diesmal kein Problem gewesen.

Die Autobahn blieb in Richtung Süden bis zum frühen Nachmittag gesperrt. Der Verkehr wurde an der vorherigen Anschlussstelle abgeleitet, auf den Umleitungsstrecken bildeten sich lange Staus. Den Sachschaden schätzt die Polizei auf mehr als 400.000 Euro.

## Ursache wird ermittelt

Wie es genau zu der Unfallserie kam, ist noch unklar. Die Ermittler gehen davon aus, dass mehrere Fahrzeuge bei der plötzlich sinkenden Sicht zu schnell unterwegs waren oder zu wenig Abstand hielten. Ein Sachverständiger wurde hinzugezogen. Die Polizei bittet Zeugen, insbesondere Fahrerinnen und Fahrer mit Dashcam-Aufnahmen, sich zu melden.

## Was bei Nebel gilt

Aus diesem Anlass erinnert die Polizei an die Regeln bei Nebel. Bei Sichtweiten unter 50 Metern dürfen Autofahrer höchstens 50 Kilometer pro Stunde fahren; erst dann ist auch die Nebelschlussleuchte erlaubt. Grundsätzlich gilt: Man muss innerhalb der Strecke anhalten können, die man überblickt.`,
  },
  {
    section: "panorama",
    authors: ["sophie-lindner"],
    kicker: "Tierwelt",
    title: "Der Biber ist zurück in der Stadt – und nicht alle freuen sich darüber",
    teaser: "An der Isar in Landshut hat eine Biberfamilie innerhalb weniger Wochen 19 Bäume gefällt oder schwer angenagt. Die Stadt schützt nun Stämme mit Drahthosen, ein ehrenamtlicher Biberberater vermittelt zwischen Tier und Anwohnern.",
    tags: ["Tierwelt", "Naturschutz", "Kommunen"],
    ageHours: 276,
    imageAlt: "Ein fast durchgenagter Weidenstamm am Flussufer, umgeben von hellen Holzspänen im Gras",
    body: `Der Stamm der Weide ist fast vollständig durchgenagt, nur ein schmaler Steg aus Holz hält ihn noch. Um den Baum herum liegen Späne, so groß wie Kartoffelchips. Andreas Feichtmayr, ehrenamtlicher Biberberater, zeigt auf die frischen Spuren. „Das war letzte Nacht“, sagt er. „Da hat einer ganze Arbeit geleistet.“

## Eine Familie mit Appetit

Seit dem Spätsommer lebt an einem Seitenarm der Isar mitten in Landshut eine Biberfamilie, vermutlich zwei Elterntiere und zwei bis drei Junge. Gesehen werden sie selten, die Tiere sind vor allem in der Dämmerung und nachts unterwegs. Ihre Spuren aber sind unübersehbar: 19 Bäume hat die Familie nach Zählung der Stadtgärtnerei inzwischen gefällt oder so stark angenagt, dass sie aus Sicherheitsgründen entfernt werden mussten.

Was viele nicht wissen:

- Biber fressen im Sommer vor allem Kräuter und Wasserpflanzen, im Herbst und Winter dagegen Rinde, Knospen und Zweige.
- Ein ausgewachsener Biber kann bis zu 30 Kilogramm wiegen. Einen dünnen Stamm fällt er in einer Nacht, an dicken Bäumen nagt er oft über Wochen.
- Die Tiere sind in Deutschland streng geschützt. Sie dürfen weder gestört noch gefangen werden, Ausnahmen können nur die Naturschutzbehörden genehmigen.

## Drahthosen für die Bäume

Die Stadt hat reagiert. Mitarbeiter der Stadtgärtnerei haben an rund 70 Bäumen im Uferbereich sogenannte Drahthosen angebracht, Manschetten aus verzinktem Gitter, die den Stamm bis in etwa einen Meter Höhe schützen. Einzelne Weiden, die ohnehin zurückgeschnitten werden sollten, bleiben bewusst ungeschützt. „Wir wollen dem Biber nicht alles wegnehmen, sonst sucht er sich eben die Bäume, die uns wichtig sind“, sagt Stadtgärtnerin Veronika Brandl.

Nicht alle Anwohner sind begeistert. Ein Kleingärtner am Flussufer klagt über einen angenagten Apfelbaum, eine Spaziergängerin ärgert sich über die Wege, die nach den Fällarbeiten mehrfach gesperrt waren.

## Vermitteln statt vertreiben

Feichtmayr ist so etwas wie der Dolmetscher zwischen Mensch und Tier. Er erklärt Gartenbesitzern, wie sie ihre Obstbäume schützen können, und meldet der Stadt, wo neue Fraßspuren auftauchen.

> „Der Biber gehört zu den wenigen Arten, die sich ihre Landschaft selbst bauen. Wo er Dämme anlegt, entstehen Feuchtgebiete, von denen Libellen, Frösche und Vögel profitieren.“

Für ihn ist die Rückkehr des Bibers in die Stadt eine Erfolgsgeschichte des Artenschutzes, die allerdings Geduld verlangt. Die meisten Konflikte, sagt er, ließen sich mit etwas Draht und Gelassenheit lösen.`,
  },
  {
    section: "panorama",
    authors: ["sophie-lindner"],
    kicker: "Lichterfest",
    title: "12.000 Kerzen in der Altstadt: Bad Erlenbrunn feiert sein 40. Lichterfest",
    teaser: "Einmal im Jahr schalten die Bewohner der Kleinstadt das elektrische Licht aus und stellen Kerzen in Fenster, Gassen und auf den Marktplatz. Zum Jubiläum kamen mehr Besucher als je zuvor – und die Organisatoren stoßen an Grenzen.",
    tags: ["Feste", "Kommunen", "Tourismus"],
    ageHours: 389,
    imageAlt: "Eine enge Altstadtgasse mit Fachwerkhäusern, auf Fenstersimsen und Treppenstufen brennen unzählige Teelichter",
    body: `Um Punkt 18 Uhr gehen in der Altstadt von Bad Erlenbrunn die Straßenlaternen aus. Einen Moment lang ist es fast dunkel, dann werden es von Minute zu Minute mehr: Teelichter in Gläsern auf den Fenstersimsen, Fackeln an den Hauswänden, Kerzen in Laternen auf den Stufen der Stadtkirche. Am Ende leuchten nach Schätzung der Veranstalter rund 12.000 Lichter in den Gassen der Kleinstadt.

## Vom Nachbarschaftsabend zur Attraktion

Das Lichterfest begann vor 40 Jahren eher zufällig. Ein Stromausfall hatte damals die Altstadt für einen Abend lahmgelegt, die Nachbarn stellten Kerzen auf und saßen bis spät in die Nacht zusammen. Ein Jahr später wiederholten sie das Ganze freiwillig. „Mein Vater hat damals den Glühwein ausgeschenkt, aus einem Einkochtopf“, erzählt Ursula Bemmann, die heute den Festverein leitet. „Ich war acht und durfte die Kerzen anzünden.“

Inzwischen gehören zum Fest ein Markt mit Kunsthandwerk, ein Laternenumzug der Kindergärten, Chöre auf drei kleinen Bühnen und zum Abschluss ein Konzert des Posaunenchors vom Kirchturm herab. **Eine Regel aber ist geblieben: kein elektrisches Licht in der Altstadt zwischen 18 und 23 Uhr.** Geschäfte schalten ihre Schaufensterbeleuchtung ab, selbst die Apotheke dimmt ihr grünes Kreuz.

## Rekord mit Nebenwirkungen

Zum Jubiläum kamen so viele Gäste wie nie. Die Stadt schätzt ihre Zahl auf 35.000 – bei knapp 9.000 Einwohnern. Die Züge aus der Landeshauptstadt waren überfüllt, die Parkplätze am Stadtrand schon am Nachmittag belegt. In den engen Gassen kam es zeitweise zu Gedränge, Ordner mussten den Zugang zum Marktplatz für eine halbe Stunde sperren.

Bürgermeister Hartmut Seibold freut sich über die Aufmerksamkeit, ist aber nachdenklich. „Das Fest lebt davon, dass es ein Fest der Bürger ist und keine Großveranstaltung“, sagt er. Für das kommende Jahr werde man über Shuttlebusse, eine Einbahnregelung in der Altstadt und womöglich einen zweiten Festabend beraten.

## Offene Flammen, ruhige Nacht

Mit so vielen offenen Flammen auf engem Raum umzugehen, ist für die Freiwillige Feuerwehr jedes Jahr eine Herausforderung. 42 Feuerwehrleute waren im Einsatz, verteilt auf feste Posten in der Altstadt. Bis auf eine angekokelte Tischdecke an einem Glühweinstand blieb es ruhig.

Als um 23 Uhr die Laternen wieder angehen, sammeln Bemmann und ihre Helfer die ersten Gläser ein. Viele Anwohner lassen ihre Kerzen trotzdem weiterbrennen. „Das ist das Schönste“, sagt sie. „Wenn die Besucher weg sind und die Stadt wieder uns gehört.“`,
  },
  {
    section: "panorama",
    authors: ["sophie-lindner"],
    kicker: "Ehrenamt",
    title: "Mit sechs Jahren zur Feuerwehr: Wie ein Dorf seinen Nachwuchs sichert",
    teaser: "Viele Freiwillige Feuerwehren haben tagsüber zu wenig Leute. Im hessischen Hollstein setzt man deshalb auf eine Kinderfeuerwehr – und auf Arbeitgeber, die ihre Beschäftigten im Ernstfall sofort gehen lassen.",
    tags: ["Ehrenamt", "Kommunen", "Feuerwehr"],
    ageHours: 471,
    updatedAfterHours: 12,
    imageAlt: "Kinder mit roten Helmen halten gemeinsam einen kleinen Wasserschlauch vor einem Feuerwehrgerätehaus",
    body: `Die Schläuche sind kürzer als die echten, die Helme leuchten rot statt silbern, und das Feuer ist eine Holzwand mit aufgemalten Flammen. Trotzdem nehmen die 16 Kinder ihre Aufgabe ernst. „Wasser marsch!“, ruft die siebenjährige Emma, und ein dünner Strahl trifft die Wand. Jeden zweiten Freitag trifft sich im Gerätehaus von Hollstein die Kinderfeuerwehr, für Mädchen und Jungen zwischen sechs und zehn Jahren.

## Ein Problem, das viele Wehren kennen

Die Freiwillige Feuerwehr des Dorfes mit 1.900 Einwohnern hat derzeit 38 aktive Mitglieder. Das klingt nach viel, reicht aber nicht immer. Denn tagsüber, wenn die meisten zur Arbeit in die umliegenden Städte pendeln, sind oft nur sieben oder acht Einsatzkräfte im Ort verfügbar. „Bei einem Wohnhausbrand um zehn Uhr morgens sind wir auf die Nachbarwehren angewiesen“, sagt Wehrführer Dirk Schönhals.

## Tagsüber wird es eng

In vielen ländlichen Gemeinden ist das eine vertraute Lage: Die Zahl der Aktiven hält mit den Anforderungen kaum Schritt, vor allem, was die Verfügbarkeit während der Arbeitszeit angeht. Manche Gemeinden werben deshalb gezielt um Menschen, die im Ort arbeiten, aber anderswo wohnen. Hollstein hat sich für einen anderen, langfristigen Weg entschieden.

## Früh anfangen, lange bleiben

Die Kinderfeuerwehr in Hollstein gibt es seit sechs Jahren. Die Idee dahinter ist einfach: Wer als Kind Teil der Gemeinschaft wird, bleibt eher dabei. Tatsächlich sind aus der ersten Gruppe bereits neun Kinder in die Jugendfeuerwehr gewechselt.

Was die Kinder lernen, ist nur zum Teil Feuerwehrtechnik:

- wie man einen Notruf absetzt und welche Angaben dabei wichtig sind,
- wie man sich verhält, wenn es zu Hause brennt,
- erste Hilfe bei kleinen Verletzungen,
- Knoten, Teamspiele und Ausflüge, etwa zur Rettungswache oder zur Leitstelle.

Betreuerin Nadine Ruppel, im Hauptberuf Erzieherin, leitet die Gruppe gemeinsam mit drei weiteren Ehrenamtlichen. „Die Kinder sind mit einer Begeisterung dabei, die man sich bei Erwachsenen manchmal wünschen würde“, sagt sie.

## Arbeitgeber als Partner

Der zweite Baustein ist weniger sichtbar. Die Gemeinde hat mit sechs Betrieben aus der Umgebung Vereinbarungen getroffen: **Wer dort arbeitet und bei der Feuerwehr aktiv ist, darf im Alarmfall sofort los.** Eine Schreinerei, ein Landmaschinenhändler und der Bauhof der Gemeinde gehören dazu. Den fortgezahlten Lohn bekommen die Betriebe von der Kommune erstattet.

Schreinermeister Ralf Eckhardt beschäftigt drei Feuerwehrleute. „Klar fehlt mal einer mitten im Auftrag“, sagt er. „Aber wenn es bei mir brennt, will ich auch, dass jemand kommt.“`,
  },
  {
    section: "panorama",
    authors: ["sophie-lindner"],
    kicker: "Späte Post",
    title: "Eine Urlaubskarte von 1968 erreicht nach über einem halben Jahrhundert ihr Ziel",
    teaser: "Ein Rentner aus Kassel fand in einem Buch vom Flohmarkt eine nie abgeschickte Postkarte vom Gardasee. Er machte sich auf die Suche nach der Empfängerin – und stieß auf eine Familiengeschichte.",
    tags: ["Kurioses", "Gesellschaft"],
    ageHours: 644,
    imageAlt: "Eine vergilbte Postkarte mit Gardasee-Motiv und Schreibschrift liegt auf einem aufgeschlagenen alten Buch",
    body: `Das Buch kostete 50 Cent. Ein zerlesener Roman aus den Sechzigerjahren, der Einband verblichen, die Seiten vergilbt. Werner Habicht, 72, pensionierter Vermessungstechniker aus Kassel, kaufte es im Frühjahr auf einem Flohmarkt, weil er alte Ausgaben mag. Zu Hause fiel ihm beim Durchblättern eine Postkarte entgegen: ein Foto vom Gardasee, Palmen, tiefblaues Wasser, am Bildrand ein Segelboot.

## Geschrieben, aber nie abgeschickt

Die Karte war beschrieben und adressiert, aber nie frankiert worden. Datiert war sie auf den 14. August 1968, gerichtet an „Fräulein Hannelore Riedesel“ in einer Kleinstadt in Unterfranken. Der Text, in akkurater Schreibschrift:

> „Liebe Hanne, hier ist es so heiß, dass die Butter schon beim Frühstück schmilzt. Ich denke oft an unseren Abend am Main. Wenn ich zurück bin, muss ich Dir etwas sagen. Dein Klaus.“

„Da war ich natürlich neugierig“, sagt Habicht. „Was wollte Klaus ihr sagen? Und warum hat er die Karte nie eingeworfen?“

Habicht machte sich auf die Suche. Er schrieb an das Rathaus der Kleinstadt, telefonierte mit dem örtlichen Heimatverein und stieß schließlich auf eine elf Jahre alte Traueranzeige. Hannelore, geborene Riedesel, hatte später geheiratet und war inzwischen verstorben. In der Anzeige war auch eine Tochter genannt: Sabine Kraus, die heute in Würzburg lebt.

Im Sommer fuhr Habicht mit der Karte nach Würzburg. Was dann geschah, erzählt Sabine Kraus am Telefon noch immer mit bewegter Stimme. Ihr Vater heißt Klaus. „Meine Eltern haben im Frühjahr 1969 geheiratet“, sagt sie. „Mein Vater hat immer erzählt, dass er um ihre Hand angehalten hat, gleich nachdem er aus Italien zurückkam. Die Karte hat er wohl als Lesezeichen benutzt und dann vergessen.“

## Ein Rätsel bleibt

Wie das Buch auf einen Kasseler Flohmarkt kam, weiß niemand. Klaus Kraus, heute 81 Jahre alt, kann sich an die Karte selbst nicht erinnern, wohl aber an den Urlaub. Seine Tochter hat sie ihm vorgelesen. „Er hat gelacht und gesagt: Dann hat sie es jetzt ja auch schriftlich.“

Die Postkarte hängt nun gerahmt im Flur von Sabine Kraus. Werner Habicht wurde zum Dank zu Kaffee und Kuchen eingeladen. Den Roman hat er inzwischen auch gelesen. „Nicht besonders gut“, sagt er. „Aber die 50 Cent haben sich gelohnt.“`,
  },
];
