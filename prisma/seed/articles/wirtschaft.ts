import type { SeedArticle } from "../types";

export const articles: SeedArticle[] = [
  {
    section: "wirtschaft",
    authors: ["miriam-oezkan"],
    kicker: "Nachfolge im Mittelstand",
    title: "Wenn der Chef mit 71 noch jeden Morgen die Werkhalle aufschließt",
    teaser: "Zehntausende gesunde Familienbetriebe finden keinen Nachfolger. Ein Drehteilehersteller auf der Schwäbischen Alb zeigt, warum selbst der ideale Kandidat zögert – und wie ein Übergang trotzdem gelingen könnte.",
    tags: ["Mittelstand", "Arbeitsmarkt", "Unternehmensnachfolge"],
    ageHours: 5,
    updatedAfterHours: 2,
    imageAlt: "Ein älterer Unternehmer und ein Produktionsleiter stehen zwischen CNC-Maschinen in einer hellen Werkhalle",
    body: `Um halb sieben dreht Walter Hägele den Schlüssel im Tor der Werkhalle, so wie er es seit 1979 tut. Der 71-Jährige führt die Hägele Drehteile GmbH in Albstadt auf der Schwäbischen Alb in zweiter Generation, 64 Beschäftigte fertigen hier Präzisionsteile für Medizintechnik und Hydraulik. Die Auftragsbücher sind für die nächsten vier Monate gefüllt, die Maschinen laufen im Zweischichtbetrieb. Was fehlt, ist jemand, der das Tor aufschließt, wenn Hägele es nicht mehr tut.

## Tausende Betriebe ohne Nachfolger

Hägele ist mit seinem Problem nicht allein. Nach Schätzungen der Industrie- und Handelskammern suchen bundesweit mehrere Zehntausend mittelständische Unternehmen in den kommenden Jahren eine Nachfolge, viele davon gesund und profitabel. In der Region Neckar-Alb hat die Kammer zuletzt eine eigene Nachfolgebörse eingerichtet; dort stehen derzeit 140 Betriebe, aber nur 38 ernsthafte Interessenten. „Das Verhältnis hat sich in zehn Jahren praktisch umgedreht“, sagt Sabine Rettich, die bei der Kammer die Nachfolgeberatung leitet. Früher hätten sich auf ein gutes Unternehmen drei Bewerber gemeldet, heute müsse man froh sein, wenn überhaupt einer anrufe.

Die Gründe sind bekannt: Die geburtenstarken Jahrgänge gehen in Rente, die Kinder der Inhaber haben oft andere Berufe gewählt, und junge Ingenieurinnen und Ingenieure scheuen das persönliche Risiko. Wer einen Betrieb wie den von Hägele übernimmt, muss meist einen Kaufpreis im mittleren einstelligen Millionenbereich finanzieren – bei Zinsen, die deutlich höher liegen als noch vor wenigen Jahren.

## Die Tochter winkt ab, der Meister zögert

Hägeles Tochter ist Ärztin in Freiburg. „Sie hat mir sehr früh gesagt, dass sie das nicht will, und ich habe das respektiert“, sagt er. Ein Verkauf an einen Finanzinvestor kommt für ihn nicht infrage. Zwei Angebote hat er bereits abgelehnt, weil die Käufer die Fertigung nach Osteuropa verlagern wollten.

Die naheliegende Lösung steht ein paar Meter weiter an der Drehmaschine: Produktionsleiter Markus Bühler, 44 Jahre alt, seit 22 Jahren im Betrieb. Er kennt jeden Kunden und jede Toleranz. Doch auch er zögert.

> „Ich traue mir die Firma zu. Was ich mir nicht zutraue, ist, mit meinem Haus für fünf Millionen Euro Kredit zu bürgen.“

## Modelle für den schrittweisen Übergang

Beraterinnen wie Rettich empfehlen deshalb zunehmend gestaffelte Modelle: Der Nachfolger erwirbt zunächst einen Minderheitsanteil, der Alteigentümer stundet einen Teil des Kaufpreises als Verkäuferdarlehen, eine Förderbank übernimmt eine Bürgschaft. So verteilt sich das Risiko auf mehrere Schultern, und der bisherige Chef bleibt noch einige Jahre als Berater an Bord. Hägele und Bühler sprechen inzwischen über genau so ein Modell, bis zum Sommer wollen sie eine Entscheidung treffen. Hägele klingt dabei erstaunlich gelassen: „Ich will nicht der sein, der das Licht ausmacht. Aber ich will auch nicht, dass es jemand anderes für mich tut.“`,
  },
  {
    section: "wirtschaft",
    authors: ["miriam-oezkan"],
    kicker: "Energiepreise",
    title: "Glashütte in der Lausitz legt Schmelzwanne still – bis zu 120 Stellen in Gefahr",
    teaser: "Die Neuberger Glaswerke in Weißwasser fahren ihre älteste Schmelzwanne herunter. Schuld sind nicht fehlende Aufträge, sondern die Rechnung für Gas, Strom und CO₂ – und die Region fürchtet den nächsten Strukturbruch.",
    tags: ["Energie", "Arbeitsmarkt", "Industrie"],
    ageHours: 32,
    imageAlt: "Glühend orangefarbenes Glas fließt in einer Werkhalle aus einer Schmelzwanne in eine Flaschenformmaschine",
    body: `Am Montagmorgen hat die Neuberger Glaswerke GmbH in Weißwasser ihre älteste Schmelzwanne heruntergefahren. Rund 1.500 Grad heiß war das flüssige Glas darin, elf Jahre lang ohne Unterbrechung. Eine solche Wanne abzuschalten, ist keine Kleinigkeit: Beim Abkühlen reißt das feuerfeste Mauerwerk, ein Neustart kostet mehrere Millionen Euro. Geschäftsführer Thomas Lehnigk spricht deshalb auch nicht von einer Pause. „Wir müssen ehrlich sein: Diese Wanne wird in Weißwasser wohl nicht wieder angefahren“, sagte er vor der Belegschaft.

Betroffen sind nach Angaben des Unternehmens bis zu 120 der 310 Arbeitsplätze. Das Werk stellt vor allem Flaschen für Mineralwasser und Fruchtsäfte her, die Kunden sitzen in Sachsen, Brandenburg und Tschechien. An der Nachfrage liegt es nicht, sagt Lehnigk. Es liegt an der Rechnung für Erdgas und Strom.

## Die Kosten laufen davon

Glas gehört zu den energieintensivsten Produkten überhaupt. Nach Unternehmensangaben entfällt inzwischen fast ein Drittel der Herstellkosten auf Energie, vor der Gaskrise waren es rund zwölf Prozent. Lehnigk rechnet vor, was allein die Energie pro Tonne Behälterglas kostet:

- Erdgas für die Schmelze: etwa 95 Euro, mehr als doppelt so viel wie vor fünf Jahren
- Strom für Formmaschinen, Kühlöfen und Druckluft: rund 40 Euro
- CO₂-Zertifikate aus dem europäischen Emissionshandel: etwa 30 Euro, Tendenz steigend
- Netzentgelte, Steuern und Umlagen: rund 15 Euro

Konkurrenten in der Türkei oder in Nordafrika zahlten für Energie nur einen Bruchteil davon, sagt Lehnigk. „Unsere Kunden vergleichen Angebote auf den Cent genau. Da verlieren wir jede Ausschreibung, bei der die Transportkosten keine große Rolle spielen.“

## Region hofft auf einen Industriestrompreis

In der Lausitz, die nach dem geplanten Ende der Braunkohle ohnehin vor einem tiefen Strukturwandel steht, sorgt die Nachricht für Unruhe. Der Betriebsratsvorsitzende Uwe Kschischang fordert von der Bundesregierung einen verlässlichen, staatlich gestützten Strompreis für energieintensive Betriebe. „Man kann hier nicht Milliarden für neue Arbeitsplätze ausgeben und gleichzeitig zusehen, wie die alten verschwinden“, sagt er. Viele seiner Kollegen arbeiteten schon in dritter Generation in der Glasindustrie.

Das Unternehmen selbst setzt langfristig auf elektrisch beheizte Hybridwannen, die sich mit Ökostrom betreiben ließen und den CO₂-Ausstoß um mehr als die Hälfte senken würden. Eine solche Anlage würde allerdings rund 45 Millionen Euro kosten. Ohne Förderung und ohne Planungssicherheit beim Strompreis, sagt Lehnigk, werde der Eigentümer diese Summe nicht in Weißwasser investieren. Gespräche mit dem sächsischen Wirtschaftsministerium sollen in der kommenden Woche beginnen.`,
  },
  {
    section: "wirtschaft",
    authors: ["david-krueger"],
    kicker: "Arbeitsmarktdaten",
    title: "Mehr Arbeitslose, aber keine Entlassungswelle – was die neuen Zahlen zeigen",
    teaser: "Knapp 2,94 Millionen Menschen sind ohne Job, die Quote steigt auf 6,3 Prozent. Eine Auswertung der Daten zeigt: Unternehmen entlassen kaum mehr als früher – sie stellen nur deutlich seltener ein.",
    tags: ["Arbeitsmarkt", "Konjunktur", "Bundesagentur für Arbeit"],
    ageHours: 58,
    imageAlt: "Ein Mann sitzt in einem Wartebereich einer Arbeitsagentur vor einer Informationstafel mit Stellenangeboten",
    body: `Die Zahl der Arbeitslosen in Deutschland ist im vergangenen Monat erneut gestiegen. Nach Angaben der Bundesagentur für Arbeit waren rund 2,94 Millionen Menschen ohne Job gemeldet, 118.000 mehr als vor einem Jahr. Die Arbeitslosenquote kletterte auf 6,3 Prozent. Saisonbereinigt, also ohne die üblichen Schwankungen zwischen Sommer und Winter, lag das Plus bei 14.000.

Auf den ersten Blick klingt das nach Krise. Eine genauere Auswertung der Daten durch das Rundblick-Datenteam zeigt jedoch ein differenzierteres Bild: Die Arbeitslosigkeit steigt vor allem deshalb, weil weniger Menschen einen neuen Job finden – und nicht, weil massenhaft Beschäftigte entlassen werden.

## Weniger Einstellungen, kaum mehr Kündigungen

Die Zahl der Menschen, die sich aus einer Beschäftigung heraus arbeitslos melden, ist im Jahresvergleich nur leicht gestiegen, um rund drei Prozent. Deutlich stärker gesunken ist dagegen die Zahl derer, die aus der Arbeitslosigkeit in eine neue Stelle wechseln: minus neun Prozent. Unternehmen halten ihre Belegschaften, stellen aber zurückhaltender ein.

„Wir sehen einen Arbeitsmarkt, der nicht kollabiert, sondern einfriert“, sagt Henrike Vogt, Arbeitsmarktforscherin an einem Wirtschaftsforschungsinstitut in Nürnberg. Wer einen Job habe, behalte ihn meist. Wer ihn verliere, bleibe aber länger draußen. Die durchschnittliche Dauer der Arbeitslosigkeit ist nach den Daten auf 41 Wochen gestiegen, vier Wochen mehr als im Vorjahr.

## Wo sich die Lage verschlechtert

Regional verläuft die Entwicklung sehr unterschiedlich. Die größten Zuwächse gegenüber dem Vorjahresmonat verzeichnen:

1. Baden-Württemberg mit einem Plus von 8,7 Prozent, getrieben vor allem von Maschinenbau und Autozulieferern
2. Bayern mit plus 7,9 Prozent, wo ebenfalls das verarbeitende Gewerbe schwächelt
3. Hessen mit plus 5,2 Prozent
4. Nordrhein-Westfalen mit plus 4,4 Prozent

In mehreren ostdeutschen Ländern stagniert die Arbeitslosigkeit dagegen oder geht leicht zurück – allerdings von einem höheren Niveau aus und auch deshalb, weil dort besonders viele Beschäftigte in Rente gehen und das Angebot an Arbeitskräften schrumpft.

## Offene Stellen auf dem Rückzug

**Ein Warnsignal** ist die Zahl der gemeldeten offenen Stellen. Sie sank auf rund 640.000 und liegt damit etwa 60.000 unter dem Vorjahreswert. Besonders wenige neue Angebote kamen aus der Zeitarbeit, die unter Ökonomen als Frühindikator gilt, weil Betriebe dort zuerst auf- oder abbauen. Gleichzeitig bleibt der Mangel in Pflege, Handwerk und Kinderbetreuung bestehen.

Vogt spricht deshalb von einem gespaltenen Arbeitsmarkt: „In manchen Berufen gibt es zehn Bewerber auf eine Stelle, in anderen keinen einzigen.“ Für die kommenden Monate erwartet sie keine schnelle Trendwende. Erst wenn die Industrie wieder mehr Aufträge erhalte, dürfte auch die Zahl der Einstellungen steigen.`,
  },
  {
    section: "wirtschaft",
    authors: ["david-krueger", "miriam-oezkan"],
    kicker: "Verbraucherpreise",
    title: "Inflation bei 2,4 Prozent – warum sich der Einkauf trotzdem teurer anfühlt",
    teaser: "Die Teuerung liegt nahe am Ziel der EZB, doch viele Menschen erleben das anders. Das Datenteam hat den Warenkorb zerlegt: Was zuletzt besonders zugelegt hat und warum Dienstleistungen zum Problem werden.",
    tags: ["Inflation", "Europäische Union", "Verbraucher"],
    ageHours: 104,
    imageAlt: "Eine Kundin vergleicht im Supermarkt die Preisschilder an einem Kühlregal mit Butter und Käse",
    body: `Die Inflationsrate in Deutschland lag im vergangenen Monat bei 2,4 Prozent. So hat es das Statistische Bundesamt in seiner vorläufigen Schätzung gemeldet. Verglichen mit den zweistelligen Teuerungsraten bei Lebensmitteln vor gut zwei Jahren ist das ein fast normaler Wert, nahe am Ziel der Europäischen Zentralbank von zwei Prozent. Trotzdem sagt in Umfragen mehr als die Hälfte der Befragten, das Leben werde spürbar teurer. Wie passt das zusammen?

## Die Preise sinken nicht, sie steigen nur langsamer

Der wichtigste Grund ist ein Denkfehler, der selbst Fachleuten im Alltag unterläuft: Eine sinkende Inflationsrate bedeutet nicht, dass Preise fallen. Sie bedeutet nur, dass sie langsamer steigen. Wer heute für einen typischen Wocheneinkauf 100 Euro bezahlt, hätte dafür vor vier Jahren nach unseren Berechnungen auf Basis der amtlichen Daten etwa 77 Euro ausgegeben. Diese Lücke schließt sich nicht mehr.

## Was zuletzt besonders zugelegt hat

Das Rundblick-Datenteam hat die Einzelreihen des Verbraucherpreisindex ausgewertet. Im Jahresvergleich fallen vor allem diese Posten auf:

- **Kfz-Versicherungen:** plus 18 Prozent, weil Reparaturen und Ersatzteile deutlich teurer geworden sind
- **Schokolade und Kakaoprodukte:** plus 14 Prozent nach Missernten in Westafrika
- **Butter:** plus 11 Prozent nach einem deutlichen Preisrückgang im Vorjahr
- **Gaststättenbesuche:** plus 6,1 Prozent, auch wegen gestiegener Löhne im Gastgewerbe
- **Mieten bei Neuverträgen:** je nach Stadt zwischen 4 und 8 Prozent

Günstiger wurden dagegen Heizöl, Kraftstoffe und einige Elektrogeräte. Gerade diese Rückgänge drücken die Gesamtrate, werden im Alltag aber kaum wahrgenommen – einen Fernseher kauft man seltener als Brot.

## Dienstleistungen als Preistreiber

Ökonominnen und Ökonomen blicken derzeit vor allem auf die Dienstleistungen. Dort liegt die Teuerung mit 3,8 Prozent deutlich über der Gesamtrate. „Das ist die hartnäckige Komponente“, sagt Jan-Ole Petersen, Konjunkturforscher an der Universität Kiel. „Dienstleistungen bestehen zum großen Teil aus Arbeitskosten. Wenn die Löhne um fünf Prozent steigen, sieht man das beim Friseur und in der Autowerkstatt sofort.“ Das sei zwar gut für die Kaufkraft der Beschäftigten, mache es aber unwahrscheinlich, dass die Inflation rasch unter zwei Prozent falle.

## Reallöhne holen langsam auf

Immerhin: Die Tariflöhne steigen inzwischen schneller als die Preise. Nach mehreren Jahren mit Reallohnverlusten haben viele Beschäftigte einen Teil der verlorenen Kaufkraft zurückgewonnen. Ganz aufgeholt ist der Rückstand nach Berechnungen von Petersen aber erst in etwa zwei Jahren – vorausgesetzt, es kommt kein neuer Preisschock bei Energie oder Lebensmitteln. Für Rentnerinnen, Studierende und Menschen mit Sozialleistungen, deren Einkommen oft nur verzögert angepasst werden, dürfte es noch länger dauern.`,
  },
  {
    section: "wirtschaft",
    authors: ["miriam-oezkan"],
    kicker: "Geldpolitik",
    title: "EZB senkt den Leitzins – Bauherren sollten sich nicht zu früh freuen",
    teaser: "Die Europäische Zentralbank lockert ihre Geldpolitik zum dritten Mal in Folge. Für Sparer sinken die Zinsen rasch, doch wer eine Immobilie finanzieren will, merkt davon bislang kaum etwas.",
    tags: ["Zinsen", "Wohnen", "Europäische Union", "Inflation"],
    ageHours: 167,
    updatedAfterHours: 4,
    imageAlt: "Blick auf das Hochhaus der Europäischen Zentralbank in Frankfurt am Main in der Abenddämmerung",
    body: `Die Europäische Zentralbank hat ihren Leitzins zum dritten Mal in Folge gesenkt. Der Einlagensatz, zu dem Banken überschüssiges Geld bei der Notenbank parken, sinkt um 0,25 Prozentpunkte auf 2,5 Prozent. Der EZB-Rat begründete den Schritt in Frankfurt mit der nachlassenden Inflation im Euroraum und der schwachen Konjunktur, vor allem in Deutschland und Italien. Weitere Senkungen schloss die Notenbank nicht aus, legte sich aber auch nicht fest. An den Finanzmärkten war der Schritt weitgehend erwartet worden.

Für viele Haushalte stellt sich nun die Frage: Wird Bauen und Kaufen endlich wieder billiger? Die Antwort fällt ernüchternd aus.

## Bauzinsen folgen nicht dem Leitzins

Die Konditionen für Immobilienkredite mit zehnjähriger Zinsbindung hängen weniger am Leitzins als an den Renditen langfristiger Staatsanleihen. Und die sind zuletzt eher gestiegen, unter anderem wegen der hohen Schuldenaufnahme in mehreren Euro-Staaten. Aktuell liegen die Bauzinsen bei rund 3,6 Prozent und damit fast genau dort, wo sie vor einem halben Jahr lagen.

„Viele Kunden haben mit der Zinssenkung gerechnet und ihre Finanzierung aufgeschoben. Jetzt sind sie enttäuscht“, sagt Nils Brockmann, der in Hamburg-Eimsbüttel ein Büro für Baufinanzierung betreibt. Ein Ehepaar, das er berät, will in Norderstedt eine Doppelhaushälfte für 540.000 Euro kaufen. Bei 3,6 Prozent Zins und zwei Prozent Tilgung liegt die Monatsrate für den Kredit von 430.000 Euro bei gut 2.000 Euro. Ein Prozentpunkt weniger würde rund 360 Euro im Monat sparen – doch darauf zu warten, sei eine Wette mit ungewissem Ausgang, sagt Brockmann. Zumal die Preise für gefragte Häuser im Hamburger Umland wieder leicht anziehen.

## Sparer verlieren ihre Zinsen schneller

Rascher spürbar ist die Zinssenkung auf der anderen Seite der Bilanz. Tagesgeldangebote, die vor einem Jahr noch mit vier Prozent lockten, liegen bei vielen Instituten inzwischen unter drei Prozent, manche Hausbanken zahlen kaum mehr als ein Prozent. Wer Geld länger anlegen will, bekommt für Festgeld mit zwei Jahren Laufzeit derzeit noch rund 2,8 Prozent.

> „Die Banken geben Zinssenkungen bei Einlagen immer schneller weiter als Zinserhöhungen. Das war schon immer so, und es ist auch diesmal so.“

Das sagt Katrin Albers, Finanzexpertin bei einer Verbraucherzentrale in Norddeutschland. Sie rät Sparerinnen und Sparern, Angebote regelmäßig zu vergleichen und nicht aus Bequemlichkeit bei einem schlecht verzinsten Konto zu bleiben. Bei Krediten wiederum lohne es sich, über ein Forward-Darlehen nachzudenken, wenn die Zinsbindung in den nächsten drei Jahren ausläuft. Eine Garantie für weiter sinkende Zinsen, betont Albers, gebe es nicht.`,
  },
  {
    section: "wirtschaft",
    authors: ["david-krueger"],
    kicker: "Wohnungsbau",
    title: "Baugenehmigungen auf Tiefstand: In Leipzig-Plagwitz steht der Kran still",
    teaser: "So wenige neue Wohnungen wie seit mehr als einem Jahrzehnt nicht wurden zuletzt genehmigt. Ein gestopptes Projekt in Leipzig zeigt, warum sich Mietwohnungsbau für private Bauträger kaum noch rechnet.",
    tags: ["Wohnen", "Kommunen", "Bauwirtschaft"],
    ageHours: 229,
    imageAlt: "Ein stillstehender Baukran über einer halb fertigen Baugrube mit Betonfundament in einem Leipziger Gründerzeitviertel",
    body: `Der Kran steht noch, aber er bewegt sich nicht mehr. Auf dem Gelände eines früheren Getränkelagers im Leipziger Stadtteil Plagwitz sollten bis zum kommenden Jahr 86 Mietwohnungen entstehen. Die Bodenplatte ist gegossen, das Untergeschoss steht. Dann hat die Pleißeland Wohnbau GmbH die Arbeiten gestoppt. „Wir würden mit jeder einzelnen Wohnung Geld verlieren“, sagt Geschäftsführer Steffen Aurich.

## Die Zahlen im Überblick

Leipzig ist kein Einzelfall. Bundesweit wurden im vergangenen Jahr nach Angaben des Statistischen Bundesamtes nur rund 216.000 Wohnungen genehmigt, fast ein Viertel weniger als im Jahr davor und so wenige wie seit mehr als einem Jahrzehnt nicht. Die Bundesregierung hatte sich ursprünglich 400.000 neue Wohnungen pro Jahr vorgenommen. Auch die Fertigstellungen, die den Genehmigungen mit etwa zwei Jahren Verzögerung folgen, werden nach Prognosen der Bauwirtschaft deutlich sinken.

**Besonders stark eingebrochen** ist der Bau von Mehrfamilienhäusern durch private Investoren. Genossenschaften und kommunale Gesellschaften bauen zwar weiter, können die Lücke aber bei Weitem nicht schließen. In Großstädten wie Leipzig, Hamburg oder Köln wächst die Zahl der Menschen, die eine Wohnung suchen, dagegen weiter.

## Warum sich Bauen nicht mehr rechnet

Aurich hat dem Rundblick-Datenteam die Kalkulation für das Projekt offengelegt. Demnach haben sich drei Faktoren gleichzeitig verschlechtert:

1. Die Baukosten pro Quadratmeter Wohnfläche sind seit der Planung um rund 35 Prozent auf etwa 4.300 Euro gestiegen.
2. Die Finanzierung kostet statt 1,5 inzwischen gut 4,5 Prozent Zinsen.
3. Zusätzliche Anforderungen an Energieeffizienz, Stellplätze und Schallschutz haben die Planung verteuert und um ein Jahr verzögert.

Um kostendeckend zu vermieten, müsste Pleißeland nach eigener Rechnung rund 17 Euro Kaltmiete pro Quadratmeter verlangen. In Plagwitz liegt die durchschnittliche Angebotsmiete bei Neuvermietung bei etwa elf Euro. „Für 17 Euro finden wir in Leipzig ein paar Mieter, aber keine 86“, sagt Aurich.

## Was helfen könnte

Die Stadt Leipzig prüft derzeit, ob ihr kommunales Wohnungsunternehmen das Projekt übernehmen kann. Fachleute aus der Bauwirtschaft fordern zudem einfachere Standards. Das Stichwort lautet „Gebäudetyp E“: Bauherren sollen von bestimmten Normen abweichen dürfen, wenn Sicherheit und Gesundheit nicht leiden. Die Architektin Marlene Hoppe, die in Dresden serielle Wohnhäuser plant, hält das für den wichtigsten Hebel. „Wir bauen in Deutschland für jeden Einzelfall die beste denkbare Lösung. Am Ende steht dann eine Wohnung, die sich niemand leisten kann.“

Bis sich solche Reformen in sinkenden Baukosten niederschlagen, dürften allerdings Jahre vergehen. Der Kran in Plagwitz bleibt vorerst stehen.`,
  },
  {
    section: "wirtschaft",
    authors: ["miriam-oezkan"],
    kicker: "Autoindustrie im Wandel",
    title: "Zulieferer Saartec streicht 450 Stellen – und setzt künftig auf Wärmepumpen",
    teaser: "Zahnräder für Schaltgetriebe braucht im Elektroauto niemand mehr. Ein Zulieferer in Homburg baut deshalb fast jede vierte Stelle ab und will mit Teilen für Heizungsverdichter einen Neuanfang wagen.",
    tags: ["Autoindustrie", "Arbeitsmarkt", "Klimaschutz", "Saarland"],
    ageHours: 302,
    updatedAfterHours: 20,
    imageAlt: "Beschäftigte in Arbeitskleidung verlassen nach einer Betriebsversammlung das Werkstor eines Industriebetriebs",
    body: `Die Nachricht kam auf der Betriebsversammlung, und sie war schlimmer als befürchtet: Die Saartec Antriebssysteme GmbH wird an ihrem Stammsitz in Homburg bis Ende des übernächsten Jahres 450 von 1.900 Arbeitsplätzen abbauen. Das Unternehmen fertigt seit den Siebzigerjahren Zahnräder und Wellen für Schaltgetriebe – Bauteile, die in Elektroautos schlicht nicht mehr gebraucht werden.

## Das Kerngeschäft schrumpft

Geschäftsführerin Annette Wagner-Roth ließ wenig Zweifel daran, dass der Abbau strukturelle Gründe hat. Der Umsatz mit Getriebekomponenten sei in drei Jahren um 28 Prozent gesunken, zwei große Kunden hätten Aufträge für künftige Verbrennermodelle gestrichen oder verkleinert. „Wir haben lange gehofft, dass der Übergang langsamer verläuft. Diese Hoffnung war falsch, und wir haben zu spät reagiert“, räumte sie ein.

Der Abbau soll nach Angaben des Unternehmens möglichst ohne betriebsbedingte Kündigungen ablaufen. Vorgesehen sind:

- ein Vorruhestandsprogramm für Beschäftigte ab 58 Jahren
- Abfindungen für freiwillige Abgänge
- eine Transfergesellschaft mit einer Laufzeit von bis zu zwölf Monaten
- Umschulungen für rund 200 Beschäftigte, die in das neue Geschäftsfeld wechseln sollen

## Neue Kunden aus der Heizungsbranche

Denn Saartec will nicht nur schrumpfen. Ab dem kommenden Jahr sollen in einer umgebauten Halle Präzisionsteile für Verdichter gefertigt werden – das Herzstück jeder Wärmepumpe. Die Toleranzen seien ähnlich wie im Getriebebau, ein Teil der Maschinen lasse sich weiter nutzen, sagt Wagner-Roth. Einen ersten Rahmenvertrag mit einem Heizungshersteller habe man bereits unterschrieben. Insgesamt will das Unternehmen 60 Millionen Euro in den Standort investieren.

## Misstrauen in der Belegschaft

Bei den Beschäftigten hält sich die Begeisterung in Grenzen. Viele erinnern sich an frühere Zukunftsprogramme, die nach wenigen Jahren wieder eingestampft wurden. Der Betriebsratsvorsitzende Jürgen Schmitt sieht die neue Strategie grundsätzlich positiv, fordert aber verbindliche Zusagen.

> „Wärmepumpe ist ein schönes Wort. Aber auch dieser Markt schwankt gewaltig. Wir wollen schriftlich, wie viele Arbeitsplätze dort bis wann entstehen, sonst stimmen wir keinem Sozialplan zu.“

## Ein Bundesland unter Druck

Für das Saarland ist der Fall ein weiteres Warnsignal. Kaum ein anderes Bundesland hängt so stark an der Autoindustrie; nach Schätzungen der Landesregierung ist fast jeder siebte Industriearbeitsplatz direkt oder indirekt mit dem Fahrzeugbau verbunden. Das Wirtschaftsministerium in Saarbrücken kündigte an, Qualifizierungsprogramme für die Saartec-Beschäftigten mitzufinanzieren, und verwies auf Fördermittel aus dem Transformationsfonds des Landes. Die Gespräche über einen Sozialplan sollen noch vor der Sommerpause beginnen.`,
  },
  {
    section: "wirtschaft",
    authors: ["miriam-oezkan"],
    kicker: "Agri-Photovoltaik",
    title: "Solarstrom über dem Gerstenfeld: Ein Uckermärker Landwirt setzt auf Doppelnutzung",
    teaser: "Bei Prenzlau wachsen Getreide und Solarstrom auf derselben Fläche. Für Landwirt Henning Dorow ist die Anlage eine Versicherung gegen Dürre und Preisschwankungen – im Dorf und beim Bauernverband gibt es aber auch Bedenken.",
    tags: ["Landwirtschaft", "Energie", "Klimaschutz"],
    ageHours: 372,
    imageAlt: "Senkrecht stehende Solarmodule in langen Reihen auf einem Feld, dazwischen grüne Gerste und ein Traktor",
    body: `Wenn Henning Dorow über seine neueste Anlage spricht, benutzt er ein Wort, das in der Landwirtschaft lange eher verpönt war: Rendite. Der 52-Jährige bewirtschaftet mit seinem Bruder rund 640 Hektar Acker bei Prenzlau in der Uckermark, angebaut werden Kartoffeln, Winterweizen, Raps und Lupinen. Seit dem Frühjahr stehen auf einer 14 Hektar großen Fläche am Ortsrand zusätzlich senkrecht montierte Solarmodule, in Reihen mit jeweils zwölf Metern Abstand. Dazwischen fährt der Traktor, im Moment wächst dort Sommergerste. „Früher hieß es: Acker oder Solarpark. Ich mache beides auf derselben Fläche“, sagt Dorow.

## Strom als zweites Standbein

Die Anlage leistet 4,2 Megawatt und soll im Jahr rund 4,5 Millionen Kilowattstunden Strom erzeugen, genug für etwa 1.500 Haushalte. Weil die Module beidseitig Licht aufnehmen und nach Osten und Westen ausgerichtet sind, liefern sie vor allem morgens und abends Strom, wenn klassische Solarparks wenig produzieren und die Preise an der Strombörse höher sind. Finanziert hat Dorow das Projekt gemeinsam mit einem regionalen Energieversorger, die Kosten lagen bei rund 3,8 Millionen Euro. Pachteinnahmen und seine Beteiligung am Stromverkauf bringen ihm nach eigener Rechnung pro Hektar ein Vielfaches dessen, was Getreide in schlechten Jahren abwirft. Die vergangenen Jahre haben ihm gezeigt, wie verletzlich sein Betrieb ist: zwei Dürresommer, stark schwankende Erzeugerpreise, hohe Kosten für Dünger und Diesel. „Ein Landwirt, der nur vom Weizen lebt, wettet jedes Jahr aufs Wetter und auf den Weltmarkt“, sagt er. Der Strom dagegen fließe verlässlich, und die Vergütung sei über Jahre planbar.

## Skepsis bei Nachbarn und Verbänden

Nicht alle in der Region teilen seine Begeisterung. Im Dorf gab es Widerstand gegen das veränderte Landschaftsbild, zu einer Einwohnerversammlung kamen mehr als 80 Menschen. Dorow hat daraufhin eine Hecke als Sichtschutz gepflanzt und bietet den Anwohnern einen vergünstigten Stromtarif an. Grundsätzlicher ist die Kritik aus Teilen der Landwirtschaft selbst. Bärbel Kunert, Ackerbauberaterin beim Kreisbauernverband, fürchtet, dass Investoren die Pachtpreise weiter nach oben treiben, wenn sich mit Strom mehr verdienen lässt als mit Getreide. „Für junge Betriebe, die Flächen dazupachten müssen, wird es dann noch schwerer.“ Forschende einer brandenburgischen Hochschule beobachten zudem, ob die Erträge zwischen den Modulreihen tatsächlich stabil bleiben. Erste Messungen auf Dorows Fläche zeigen ein gemischtes Bild: In trockenen Wochen litt die Gerste im Windschatten der Module weniger unter Verdunstung, an trüben Tagen fehlte ihr dagegen Licht. Dorow will die Ernten der nächsten drei Jahre genau dokumentieren lassen. Eine zweite Anlage plant er vorerst nicht. „Erst will ich wissen, ob der Acker das auf Dauer mitmacht.“`,
  },
  {
    section: "wirtschaft",
    authors: ["david-krueger"],
    kicker: "Gründerszene",
    title: "Start-ups sammeln wieder mehr Geld ein – doch das Kapital landet bei wenigen",
    teaser: "Rund 3,6 Milliarden Euro Wagniskapital flossen im ersten Halbjahr in deutsche Start-ups. Eine Auswertung zeigt, welche Branchen profitieren, warum ein Kieler Meerestechnik-Unternehmen heraussticht und wo die große Lücke bleibt.",
    tags: ["Start-ups", "Digitalisierung", "Energie"],
    ageHours: 440,
    imageAlt: "Junge Ingenieurinnen und Ingenieure testen in einer Kieler Hafenhalle eine gelbe Messboje",
    body: `Nach zwei mageren Jahren fließt wieder mehr Wagniskapital in deutsche Start-ups. Im ersten Halbjahr haben junge Unternehmen hierzulande nach einer Auswertung des Rundblick-Datenteams rund 3,6 Milliarden Euro eingesammelt, etwa zwölf Prozent mehr als im Vorjahreszeitraum. Grundlage sind öffentlich gemeldete Finanzierungsrunden ab einer Million Euro. Von den Rekordwerten der Boomjahre, als zeitweise mehr als das Doppelte investiert wurde, ist die Branche allerdings weit entfernt.

## Künstliche Intelligenz und Verteidigung vorn

Auffällig ist, wie stark sich das Geld auf wenige Themen konzentriert. Die Branchen mit dem größten Finanzierungsvolumen waren:

- Künstliche Intelligenz und Unternehmenssoftware mit zusammen gut 1,1 Milliarden Euro
- Energie- und Klimatechnik mit rund 780 Millionen Euro
- Sicherheit und Verteidigung mit etwa 420 Millionen Euro, mehr als dreimal so viel wie im Vorjahr
- Gesundheit und Biotechnologie mit knapp 400 Millionen Euro

Lieferdienste und Konsum-Apps, vor wenigen Jahren noch die Lieblinge der Geldgeber, spielen kaum noch eine Rolle. Zudem entfällt fast die Hälfte des gesamten Volumens auf nur 15 große Finanzierungsrunden. „Die Investoren setzen lieber große Summen auf wenige vermeintliche Gewinner, als viele kleine Wetten einzugehen“, sagt Lea Schwarzer, Partnerin bei einem Frühphasenfonds in Hamburg. Für Gründerinnen und Gründer in der ersten Phase sei es dadurch eher schwerer geworden, an Geld zu kommen.

## Kiel statt Berlin

Regional bleiben Berlin und München mit zusammen mehr als 60 Prozent der Summe die Zentren. Doch es gibt Ausnahmen. In Kiel hat das Start-up Tidewise gerade 18 Millionen Euro eingesammelt. Die vor sechs Jahren gegründete Firma entwickelt Messbojen und Software, mit denen Betreiber von Offshore-Windparks Strömung, Wellengang und Korrosion an den Fundamenten überwachen. 46 Menschen arbeiten dort, die Hälfte davon Ingenieurinnen und Datenwissenschaftler. „Die Nähe zum Meer und zu den Forschungsinstituten hier ist für uns kein Standortnachteil, sondern das Geschäftsmodell“, sagt Mitgründer Finn Matthiesen. Mit dem Geld will Tidewise Büros in Dänemark und Schottland eröffnen.

## Die Lücke bei großen Runden

Ein strukturelles Problem bleibt: Wenn Start-ups wachsen und Beträge von 50 Millionen Euro und mehr brauchen, kommt das Geld meist aus den USA oder Asien. Deutsche Versicherer und Pensionsfonds investieren bislang nur zögerlich in Wagniskapital. Die Bundesregierung will das mit einem gemeinsamen Fonds mit privaten Investoren ändern. Schwarzer hält das für überfällig. „Wir sind gut darin, Firmen zu gründen. Bei der Frage, wem sie am Ende gehören, sind wir erstaunlich gleichgültig.“`,
  },
  {
    section: "wirtschaft",
    authors: ["miriam-oezkan"],
    kicker: "Einzelhandel",
    title: "Kaufhaus Brünninghoff in Kassel ist insolvent – die Innenstadt bangt",
    teaser: "Das traditionsreiche Familienkaufhaus an der Königsstraße hat Insolvenz in Eigenverwaltung beantragt. Für 184 Beschäftigte beginnt eine Zeit der Unsicherheit, und die Händler ringsum fürchten um ihre Kundschaft.",
    tags: ["Einzelhandel", "Kommunen", "Arbeitsmarkt"],
    ageHours: 515,
    updatedAfterHours: 9,
    imageAlt: "Die Sandsteinfassade eines mehrstöckigen Kaufhauses in einer Fußgängerzone mit wenigen Passanten",
    body: `Das Kaufhaus Brünninghoff in Kassel ist zahlungsunfähig. Die Geschäftsführung hat beim zuständigen Amtsgericht einen Antrag auf Insolvenz in Eigenverwaltung gestellt. Der Betrieb läuft vorerst weiter, die Löhne der 184 Beschäftigten sind über das Insolvenzgeld für drei Monate gesichert. Das 1908 gegründete Familienunternehmen gehört zu den letzten inhabergeführten Kaufhäusern dieser Größe in Nordhessen; auf fünf Etagen verkauft es Mode, Haushaltswaren, Spielzeug und Schreibwaren.

## Umsatz unter dem Niveau vor der Pandemie

Nach Angaben von Geschäftsführer Carsten Brünninghoff, der das Haus in vierter Generation führt, liegt der Umsatz trotz Preiserhöhungen noch immer rund 15 Prozent unter dem Wert vor der Corona-Pandemie. Gleichzeitig seien die Kosten für Energie, Personal und Miete deutlich gestiegen. Das Gebäude gehört seit einigen Jahren nicht mehr der Familie, sondern einem Immobilienfonds, an den das Kaufhaus eine feste, umsatzunabhängige Miete zahlt. „Wir haben im vergangenen Jahr fast jeden Monat Geld verloren, selbst im Weihnachtsgeschäft“, sagt Brünninghoff. Der Onlineshop, vor vier Jahren gestartet, macht weniger als fünf Prozent des Umsatzes aus.

## Weniger Passanten in der Fußgängerzone

Die Probleme des Kaufhauses stehen für einen größeren Trend. Zählungen in der Kasseler Innenstadt zeigen, dass an einem durchschnittlichen Samstag etwa ein Fünftel weniger Passanten unterwegs ist als vor sechs Jahren. Mehrere Filialisten haben ihre Läden in der Fußgängerzone bereits geschlossen, im oberen Abschnitt der Königsstraße stehen derzeit elf Ladenlokale leer.

> „Ein Kaufhaus ist für eine Innenstadt wie ein Ankermieter im Einkaufszentrum. Wenn es wegfällt, verlieren auch die kleinen Geschäfte drumherum ihre Kundschaft.“

So beschreibt es Petra Göbel, Vorsitzende einer Interessengemeinschaft von Innenstadthändlern. Sie betreibt zwei Häuser weiter ein Schuhgeschäft und fordert von der Stadt, für den Fall einer Schließung rasch ein Konzept für das Gebäude vorzulegen, etwa mit Gastronomie, Wohnungen oder einer neuen Stadtbibliothek.

## Sanierung auf kleinerer Fläche

Der vom Gericht eingesetzte Sachwalter, der Frankfurter Rechtsanwalt Stefan Ruhland, sieht durchaus Chancen für eine Fortführung. Voraussetzung sei allerdings, dass das Kaufhaus seine Verkaufsfläche deutlich verkleinere und der Vermieter bei der Miete entgegenkomme. Im Gespräch ist, die beiden oberen Etagen aufzugeben und an eine Arztpraxis oder ein Fitnessstudio zu vermieten. Erste Gespräche mit dem Immobilienfonds hätten bereits stattgefunden, heißt es aus dem Unternehmen. Ob und wie viele Stellen dabei wegfallen, ist noch offen. Ein Sanierungsplan soll den Gläubigern bis zum Herbst vorgelegt werden.`,
  },
  {
    section: "wirtschaft",
    authors: ["miriam-oezkan", "david-krueger"],
    kicker: "Fachkräftemangel",
    title: "Von Hanoi nach Leer: Wie ein Handwerksbetrieb seine Azubis im Ausland findet",
    teaser: "Drei Jahre lang bewarb sich niemand aus der Region. Ein Heizungsbauer in Ostfriesland holt seine Lehrlinge deshalb aus Vietnam – und hat gelernt, wie viel Vorlauf, Geld und Geduld das kostet.",
    tags: ["Arbeitsmarkt", "Migration", "Fachkräfte", "Handwerk"],
    ageHours: 598,
    imageAlt: "Ein junger Auszubildender in Arbeitskleidung prüft in einem Heizungskeller ein Manometer an einer Rohrleitung",
    body: `Um kurz nach sieben steht Nguyen Van Duc im Heizungskeller eines Mehrfamilienhauses in Leer und prüft den Druck eines Ausdehnungsgefäßes. Der 22-Jährige stammt aus einem Vorort von Hanoi und ist im zweiten Lehrjahr zum Anlagenmechaniker für Sanitär-, Heizungs- und Klimatechnik. Sein Ausbildungsbetrieb, die Janssen Haustechnik GmbH mit 38 Beschäftigten, hat in den vergangenen drei Jahren sieben junge Menschen aus Vietnam nach Ostfriesland geholt. Ohne sie, sagt Inhaber Gerd Janssen, hätte er Aufträge ablehnen müssen. „Für unsere Lehrstellen hatten wir drei Jahre lang genau null Bewerbungen aus der Region.“

Janssen ist kein Einzelfall. Im Handwerk blieben nach Angaben der Kammern zuletzt bundesweit rund 20.000 Ausbildungsplätze unbesetzt, besonders im Bau- und Ausbaugewerbe. Gleichzeitig gehen in den kommenden zehn Jahren Hunderttausende Gesellen und Meister in den Ruhestand. Die Bundesregierung hat die Regeln für die Einwanderung von Fachkräften und Auszubildenden deshalb in mehreren Schritten gelockert.

## Der lange Weg bis zum ersten Arbeitstag

Leicht ist es trotzdem nicht. Wer Auszubildende aus einem Land außerhalb der Europäischen Union gewinnen will, muss nach Janssens Erfahrung mit gut einem Jahr Vorlauf rechnen. Die wichtigsten Schritte:

1. **Auswahl:** Über eine Vermittlungsagentur führt der Betrieb Videogespräche mit Bewerberinnen und Bewerbern, die bereits Deutsch lernen.
2. **Sprachkurs:** Bis zur Einreise müssen die Kandidaten in der Regel das Sprachniveau B1 nachweisen, das dauert meist acht bis zwölf Monate.
3. **Visum:** Die deutsche Botschaft prüft Ausbildungsvertrag, Sprachzeugnis und Finanzierung, die Bundesagentur für Arbeit muss zustimmen.
4. **Wohnung:** Der Betrieb hilft bei der Suche, Janssen hat dafür eigens eine Vierzimmerwohnung angemietet.
5. **Begleitung:** In den ersten Monaten unterstützt eine Mitarbeiterin bei Behördengängen, Bankkonto und Krankenversicherung.

Die Kosten pro Auszubildendem beziffert Janssen auf rund 6.000 Euro, Vermittlungsgebühr und Sprachkurs eingerechnet.

## Wenn die Fachkräfte nach der Lehre weiterziehen

Die größte Sorge vieler Betriebe: Die jungen Leute könnten nach der Ausbildung in eine Großstadt oder zu einem größeren Arbeitgeber wechseln. Von Janssens ersten drei vietnamesischen Auszubildenden ist einer nach der Gesellenprüfung nach München gegangen, die beiden anderen sind geblieben. Einer von ihnen will im nächsten Jahr mit der Meisterschule beginnen. Die Berufsschule in Leer hat inzwischen zusätzlichen Fachsprachunterricht eingeführt, weil Begriffe wie Rücklauftemperatur oder Strangregulierventil auch nach dem B1-Kurs eine Hürde bleiben. Nguyen Van Duc lacht, wenn man ihn danach fragt. „Das Wort ‚Ausdehnungsgefäß‘ habe ich drei Wochen lang geübt“, sagt er. „Jetzt kann ich es aussprechen – und ich weiß auch, wie man es repariert.“`,
  },
  {
    section: "wirtschaft",
    authors: ["miriam-oezkan"],
    kicker: "Chemie-Tarifrunde",
    title: "Tarifauftakt in der Chemie: Gewerkschaft fordert sieben Prozent, Arbeitgeber mauern",
    teaser: "In Hannover hat die Tarifrunde für rund 580.000 Beschäftigte der Chemie- und Pharmaindustrie ohne Ergebnis begonnen. Die Branche steckt in einer tiefen Krise, die Gewerkschaft deutet erstmals seit Langem Warnstreiks an.",
    tags: ["Tarifverhandlungen", "Arbeitsmarkt", "Inflation", "Industrie"],
    ageHours: 689,
    imageAlt: "Verhandlungsdelegationen sitzen sich an einem langen Konferenztisch in einem Hotel in Hannover gegenüber",
    body: `Mit weit auseinanderliegenden Positionen hat in Hannover die Tarifrunde für die rund 580.000 Beschäftigten der chemischen und pharmazeutischen Industrie begonnen. Nach gut fünf Stunden gingen beide Seiten am Dienstagabend ohne Ergebnis auseinander, ein zweiter Termin ist für Anfang des kommenden Monats angesetzt. Schon vor dem Treffen war klar, dass es eine schwierige Runde wird: Die Branche steckt in ihrer tiefsten Krise seit Jahrzehnten, während gestiegene Preise für Lebensmittel und Mieten zugleich die Beschäftigten belasten.

## Was die Gewerkschaft verlangt

Die IG BCE geht mit einem Forderungspaket in die Verhandlungen, das sie selbst als „maßvoll, aber notwendig“ bezeichnet. Im Kern geht es um:

- eine Erhöhung der Entgelte um sieben Prozent bei einer Laufzeit von zwölf Monaten
- eine überproportionale Anhebung der Ausbildungsvergütungen um 150 Euro im Monat
- einen tariflichen Zuschuss für Beschäftigte, die Angehörige pflegen
- eine Verlängerung der bestehenden Regeln zur Beschäftigungssicherung

„Die Unternehmen haben in den guten Jahren sehr ordentlich verdient. Jetzt erwarten wir, dass die Beschäftigten nicht allein die Rechnung für hohe Energiepreise bezahlen“, sagte Verhandlungsführerin Sandra Kowalczyk. **Die Belegschaften seien bereit, für ihre Forderungen einzutreten**, fügte sie hinzu – ein kaum verhüllter Hinweis auf mögliche Warnstreiks, die nach dem Ende der Friedenspflicht zulässig wären.

## Arbeitgeber sehen keinen Spielraum

Die Arbeitgeberseite wies die Forderung als realitätsfern zurück. Die Produktion in der energieintensiven Grundstoffchemie liege rund 20 Prozent unter dem Niveau von vor fünf Jahren, die Auslastung der Anlagen bei knapp 75 Prozent. Mehrere Unternehmen hätten bereits Anlagen in Deutschland stillgelegt und investierten lieber in den USA oder in Asien. „Jede Lohnerhöhung, die nicht erwirtschaftet wird, beschleunigt diesen Prozess“, sagte Verhandlungsführer Matthias Ebersbach. Ein eigenes Angebot legten die Arbeitgeber in Hannover nicht vor.

## Kompromiss mit langer Laufzeit denkbar

Beobachter erwarten trotz der harten Worte keine Eskalation wie in anderen Branchen. Die Chemie gilt als Musterbeispiel der Sozialpartnerschaft, flächendeckende Streiks hat es dort seit Jahrzehnten nicht gegeben. **Denkbar ist ein Abschluss**, der eine geringere prozentuale Erhöhung mit einer langen Laufzeit und Einmalzahlungen verbindet, wie es bereits in früheren Krisenjahren gelang. Auch eine Differenzierung nach der wirtschaftlichen Lage der Betriebe gilt als möglich: Unternehmen in Schwierigkeiten könnten Erhöhungen verschieben, müssten dafür aber Standortzusagen geben. „Am Ende will niemand in dieser Branche einen Arbeitskampf“, sagt ein Teilnehmer, der nicht namentlich genannt werden möchte. „Die Frage ist nur, wie viel Theater es bis dahin braucht.“`,
  },
  {
    section: "wirtschaft",
    authors: ["miriam-oezkan"],
    status: "DRAFT",
    kicker: "Binnenschifffahrt",
    title: "Niedrigwasser am Rhein: Frachtschiffe fahren nur noch halb beladen",
    teaser: "Der Pegel Kaub sinkt unter 80 Zentimeter, die Frachtkosten verdoppeln sich auf vielen Strecken. Eine Duisburger Reederei erzählt, was die Trockenheit für Industrie und Verbraucher bedeutet – und was dagegen helfen soll.",
    tags: ["Verkehr", "Wetter", "Binnenschifffahrt"],
    ageHours: 0,
    imageAlt: "Ein Binnenschiff fährt auf dem Rhein an freiliegenden Sandbänken und Kiesufern vorbei",
    body: `Der Pegel Kaub ist eine der wichtigsten Zahlen der deutschen Wirtschaft, von denen kaum jemand je gehört hat. An der Messstelle im Mittelrheintal zwischen Bingen und Koblenz entscheidet sich, wie viel Ladung die Binnenschiffe auf dem Rhein transportieren können. Am Mittwochmorgen zeigte der Pegel 78 Zentimeter – ein Wert, bei dem viele Schiffe nur noch ein Drittel bis die Hälfte ihrer üblichen Fracht mitnehmen können.

Bei der Reederei Terhoeven in Duisburg-Ruhrort stehen die Telefone seit Tagen kaum still. Das Familienunternehmen betreibt 14 Motorgüterschiffe und transportiert vor allem Baustoffe, Getreide und Container zwischen den Seehäfen Rotterdam und Antwerpen und dem Oberrhein. „Ein Schiff, das normalerweise 2.800 Tonnen lädt, fährt jetzt mit 1.100 Tonnen“, sagt Geschäftsführerin Ilka Terhoeven. „Um dieselbe Menge zu bewegen, brauchen wir fast drei Fahrten statt einer.“

## Kleinwasserzuschläge treiben die Frachtkosten

Für die Kunden wird es entsprechend teurer. Die Reedereien erheben bei niedrigen Pegelständen sogenannte Kleinwasserzuschläge, die sich nach festen Tabellen richten. Bei einem Kauber Pegel unter 80 Zentimetern verdoppeln sich die Frachtraten auf vielen Strecken. Besonders betroffen sind Chemiestandorte am Oberrhein, Kraftwerke und Raffinerien in Süddeutschland sowie Mineralölhändler, die Heizöl und Diesel per Schiff beziehen. Einige Unternehmen weichen bereits auf Bahn und Lastwagen aus, doch auch dort sind die Kapazitäten knapp: Ein einziges großes Binnenschiff ersetzt rechnerisch rund hundert Lkw.

Ökonomen haben den Schaden früherer Trockenperioden auf mehrere Milliarden Euro beziffert. In extremen Sommern drosselten große Industriebetriebe am Rhein zeitweise ihre Produktion, weil Rohstoffe nicht rechtzeitig ankamen. So weit ist es diesmal noch nicht. Die Wetterdienste erwarten für die kommenden zehn Tage allerdings kaum nennenswerten Niederschlag im Einzugsgebiet des Rheins, und auch die Schneeschmelze in den Alpen fiel in diesem Jahr schwach aus.

## Flachere Schiffe, tiefere Fahrrinne

Langfristig setzt die Branche auf zwei Lösungen. Zum einen sollen neue Schiffe mit geringerem Tiefgang gebaut werden, die auch bei niedrigem Wasser mehr laden können. Terhoeven hat ein solches Schiff bestellt, es soll in zwei Jahren ausgeliefert werden und kostet rund neun Millionen Euro. Zum anderen soll die Fahrrinne am Mittelrhein auf einem Abschnitt von knapp 50 Kilometern um 20 Zentimeter vertieft werden. Das Projekt ist seit Jahren geplant, der Baubeginn hat sich aber wiederholt verschoben. „Wir reden seit einem Jahrzehnt über diese 20 Zentimeter“, sagt Terhoeven. „Jeder Sommer wie dieser zeigt, was uns das Warten kostet.“`,
  },
];
