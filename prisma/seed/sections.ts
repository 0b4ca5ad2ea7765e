export type SeedSection = { slug: string; name: string; description: string };

export const seedSections: SeedSection[] = [
  { slug: "politik", name: "Politik", description: "Nachrichten und Analysen aus dem Bundestag, den Ländern, Europa und der Welt." },
  { slug: "wirtschaft", name: "Wirtschaft", description: "Unternehmen, Arbeitsmarkt, Energie und Finanzen – was die Wirtschaft bewegt." },
  { slug: "sport", name: "Sport", description: "Fußball, Handball, Wintersport und alles, was sonst in Bewegung ist." },
  { slug: "kultur", name: "Kultur", description: "Theater, Literatur, Film, Musik und Kunst: Kritiken, Porträts und Debatten." },
  { slug: "wissen", name: "Wissen", description: "Forschung, Medizin, Klima und Technik – verständlich erklärt." },
  { slug: "panorama", name: "Panorama", description: "Menschen, Gesellschaft und Geschichten aus ganz Deutschland." },
];
