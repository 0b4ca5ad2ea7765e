import { describe, expect, it } from "vitest";
import { EMPTY_FORM_VALUES, MAX_BODY_BYTES, parseArticleInput, type ArticleFormValues } from "./article-input";

const valid: ArticleFormValues = {
  ...EMPTY_FORM_VALUES,
  title: "Große Brücke über die Elbe wird gesperrt",
  teaser: "Ab Montag ist die Brücke für drei Wochen gesperrt.",
  body: "Text\n\n## Eins\n\nMehr\n\n## Zwei\n\nEnde",
  sectionId: "3",
  authorIds: ["1", "2"],
  tags: "Verkehr, verkehr , Brücken,",
  status: "DRAFT",
};

describe("parseArticleInput", () => {
  it("accepts a complete article and derives the slug from the title", () => {
    const result = parseArticleInput(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.slug).toBe("grosse-bruecke-ueber-die-elbe-wird-gesperrt");
    expect(result.input.authorIds).toEqual([1, 2]);
    expect(result.input.tags).toEqual(["Verkehr", "verkehr", "Brücken"]);
    expect(result.input.publishAt).toBeNull();
  });

  it("reports every invalid field at once, in German", () => {
    const result = parseArticleInput({ ...EMPTY_FORM_VALUES, title: "x", slug: "Mit Leerzeichen", publishAt: "morgen", status: "DRAFT" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.teaser).toBe("Bitte einen Teaser eingeben.");
    expect(result.errors.body).toBe("Bitte einen Text eingeben.");
    expect(result.errors.sectionId).toBe("Bitte ein Ressort wählen.");
    expect(result.errors.authorIds).toMatch(/mindestens eine/);
    expect(result.errors.slug).toMatch(/Nur Kleinbuchstaben/);
    expect(result.errors.publishAt).toBe("Bitte Datum und Uhrzeit angeben.");
  });

  it("keeps each author once, in the order chosen", () => {
    const result = parseArticleInput({ ...valid, authorIds: ["2", "1", "2"] });
    expect(result.ok && result.input.authorIds).toEqual([2, 1]);
  });

  it("refuses ids that are not positive 32-bit integers, with a German message", () => {
    for (const sectionId of ["1.5", "2147483648", "99999999999", "-3", "1e3"]) {
      const result = parseArticleInput({ ...valid, sectionId });
      expect(result.ok, sectionId).toBe(false);
      if (!result.ok) expect(result.errors.sectionId).toBe("Bitte ein Ressort wählen.");
    }
    const result = parseArticleInput({ ...valid, authorIds: ["1", "99999999999"] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.authorIds).toMatch(/Autorin oder einen Autor/);
  });

  it("refuses bodies over 200 KB", () => {
    const result = parseArticleInput({ ...valid, body: "ä".repeat(MAX_BODY_BYTES / 2 + 1) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.body).toMatch(/200 KB/);
  });

  it("needs a time for scheduled articles and an alt text for images", () => {
    const scheduled = parseArticleInput({ ...valid, status: "SCHEDULED" });
    expect(!scheduled.ok && scheduled.errors.publishAt).toMatch(/Veröffentlichungszeitpunkt/);
    const image = parseArticleInput({ ...valid, imageUrl: "https://example.org/bild.jpg" });
    expect(!image.ok && image.errors.imageAlt).toMatch(/beschreiben/);
    const badUrl = parseArticleInput({ ...valid, imageUrl: "javascript:alert(1)", imageAlt: "x" });
    expect(!badUrl.ok && badUrl.errors.imageUrl).toMatch(/https/);
  });

  it("needs alt text and credit to publish an article with an uploaded picture, not to save a draft", () => {
    const draft = parseArticleInput({ ...valid, pictureId: "7", pictureFocus: "30,60" });
    expect(draft.ok && draft.input.pictureId).toBe(7);
    expect(draft.ok && draft.input.pictureFocus).toEqual({ x: 30, y: 60 });
    for (const status of ["PUBLISHED", "SCHEDULED"]) {
      const result = parseArticleInput({ ...valid, status, publishAt: "2030-01-01T10:00", pictureId: "7" });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.errors.imageAlt).toMatch(/Alternativtext.*nicht veröffentlicht/);
      expect(result.errors.imageCredit).toMatch(/Bildnachweis.*nicht veröffentlicht/);
    }
    const complete = parseArticleInput({ ...valid, status: "PUBLISHED", pictureId: "7", imageAlt: "Eine Brücke", imageCredit: "Foto: Rundblick", imageCaption: "" });
    expect(complete.ok && complete.input.imageCaption).toBeNull();
    const badId = parseArticleInput({ ...valid, pictureId: "abc" });
    expect(!badId.ok && badId.errors.pictureId).toMatch(/gibt es nicht/);
    const badFocus = parseArticleInput({ ...valid, pictureId: "7", pictureFocus: "500,2" });
    expect(badFocus.ok && badFocus.input.pictureFocus).toBeNull();
  });

  it("keeps HTML in the body as typed (rendering makes it inert)", () => {
    const result = parseArticleInput({ ...valid, body: valid.body + "\n\n<script>alert(1)</script>" });
    expect(result.ok && result.input.body).toContain("<script>");
  });
});
