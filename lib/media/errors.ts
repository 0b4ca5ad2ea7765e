/** A refused picture: a German message for the editor and the HTTP status the upload answers with. */
export class PictureError extends Error {
  constructor(
    message: string,
    readonly status: number = 422,
  ) {
    super(message);
    this.name = "PictureError";
  }
}

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/** Decoded pixels: a 50-megapixel photo is the largest we take (a 24-MP camera photo is well within). */
export const MAX_INPUT_PIXELS = 50_000_000;

export const messages = {
  empty: "Die Datei ist leer.",
  tooLarge: "Das Bild ist größer als 15 MB. Bitte eine kleinere Datei wählen.",
  notImage: "Diese Datei ist kein Bild im Format JPEG, PNG, WebP oder AVIF.",
  svg: "SVG-Dateien werden nicht angenommen, weil sie Skripte enthalten können. Bitte als JPEG, PNG, WebP oder AVIF hochladen.",
  lies: (claimed: string, actual: string) =>
    `Die Datei gibt sich als ${claimed} aus, ist aber ${actual}. Bitte die Datei prüfen und mit passender Endung hochladen.`,
  liesNotImage: (claimed: string) => `Die Datei gibt sich als ${claimed} aus, ist aber kein lesbares Bild.`,
  bomb: (megapixels: number) =>
    `Das Bild hat ${megapixels.toLocaleString("de-DE")} Megapixel; höchstens 50 Megapixel werden angenommen.`,
  broken: "Das Bild ist beschädigt oder unvollständig und kann nicht gelesen werden.",
  interrupted: "Die Übertragung wurde unterbrochen. Es wurde nichts gespeichert – bitte noch einmal hochladen.",
  busy: "Gerade werden viele Bilder verarbeitet. Bitte in einem Moment noch einmal versuchen.",
  tooSmall: "Das Bild ist zu klein: mindestens 200 × 100 Pixel.",
} as const;
