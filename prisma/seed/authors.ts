export type SeedAuthor = { slug: string; name: string; role: string; bio: string };

/** Our fictional newsroom. */
export const seedAuthors: SeedAuthor[] = [
  { slug: "lena-hartmann", name: "Lena Hartmann", role: "Hauptstadtkorrespondentin", bio: "Lena Hartmann berichtet seit 2019 aus Berlin über Bundestag, Parteien und Koalitionsverhandlungen. Vorher war sie Landeskorrespondentin in Dresden." },
  { slug: "jonas-berger", name: "Jonas Berger", role: "Außenpolitik", bio: "Jonas Berger schreibt über Europa, Diplomatie und Sicherheitspolitik. Er hat in Brüssel und Warschau gearbeitet und spricht fünf Sprachen." },
  { slug: "miriam-oezkan", name: "Miriam Özkan", role: "Wirtschaftsredakteurin", bio: "Miriam Özkan verantwortet die Berichterstattung über Mittelstand, Arbeitsmarkt und Energiepreise. Sie hat Volkswirtschaft in Mannheim studiert." },
  { slug: "david-krueger", name: "David Krüger", role: "Datenjournalist", bio: "David Krüger wertet Haushalte, Statistiken und Umfragen aus und macht aus Zahlen Geschichten. Er leitet das Datenteam von Rundblick." },
  { slug: "felix-brandt", name: "Felix Brandt", role: "Sportredakteur", bio: "Felix Brandt begleitet Fußball, Handball und Wintersport. Als Jugendlicher spielte er selbst in der Regionalliga, heute steht er lieber an der Seitenlinie." },
  { slug: "clara-weiss", name: "Clara Weiß", role: "Kulturredakteurin", bio: "Clara Weiß schreibt über Theater, Literatur und Film. Sie sitzt in mehreren Jurys und liest jedes Jahr rund hundert Neuerscheinungen." },
  { slug: "tobias-reimann", name: "Tobias Reimann", role: "Wissenschaftsredakteur", bio: "Tobias Reimann ist promovierter Biologe und berichtet über Forschung, Medizin, Klima und Raumfahrt – verständlich, aber ohne zu vereinfachen." },
  { slug: "sophie-lindner", name: "Sophie Lindner", role: "Reporterin Panorama", bio: "Sophie Lindner ist Reporterin für Gesellschaft und Vermischtes. Sie ist unterwegs, wo Menschen Geschichten erleben, vom Dorffest bis zur Sturmflut." },
];
