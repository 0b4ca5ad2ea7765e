/**
 * Demo hero illustrations (own work, SVG in /public/images/demo), two per section.
 * The seed turns each into a picture through the upload pipeline (pictures.ts).
 */
export const seedImages: Record<string, { url: string; alt: string }[]> = {
  politik: [
    { url: "/images/demo/politik-1.svg", alt: "Illustration: stilisierte Kuppel eines Parlamentsgebäudes mit Säulenportal vor blauem Himmel" },
    { url: "/images/demo/politik-2.svg", alt: "Illustration: Rednerpult mit zwei Mikrofonen zwischen zwei Fahnen vor dunkelblauem Hintergrund" },
  ],
  wirtschaft: [
    { url: "/images/demo/wirtschaft-1.svg", alt: "Illustration: steigendes Balkendiagramm mit Aufwärtspfeil und Stapeln von Goldmünzen" },
    { url: "/images/demo/wirtschaft-2.svg", alt: "Illustration: Containerhafen mit zwei Kränen und beladenem Frachtschiff bei Sonnenuntergang" },
  ],
  sport: [
    { url: "/images/demo/sport-1.svg", alt: "Illustration: Fußballfeld von oben mit Ball neben dem Mittelkreis" },
    { url: "/images/demo/sport-2.svg", alt: "Illustration: Kurve einer roten Laufbahn mit weißen Bahnlinien und versetzten Startlinien von oben" },
  ],
  kultur: [
    { url: "/images/demo/kultur-1.svg", alt: "Illustration: Theaterbühne mit rotem Vorhang und einem Stuhl im Scheinwerferlicht" },
    { url: "/images/demo/kultur-2.svg", alt: "Illustration: aufgeschlagenes Buch, über dem bunte geometrische Formen schweben" },
  ],
  wissen: [
    { url: "/images/demo/wissen-1.svg", alt: "Illustration: Teleskop auf einem Hügel unter einem Sternenhimmel mit Mondsichel" },
    { url: "/images/demo/wissen-2.svg", alt: "Illustration: DNA-Doppelhelix mit farbigen Basenpaaren und schematischen Molekülen" },
  ],
  panorama: [
    { url: "/images/demo/panorama-1.svg", alt: "Illustration: Silhouette einer Kleinstadt mit Kirchturm und erleuchteten Fenstern in der Abenddämmerung am Fluss" },
    { url: "/images/demo/panorama-2.svg", alt: "Illustration: Landstraße mit Baumallee zwischen grünen und gelben Feldern bis zum Horizont" },
  ],
};
