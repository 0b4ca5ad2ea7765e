/** Hand-made or stale admin input gets a German message, never a 500. */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import type { CurrentUser } from "../auth/session";
import { restoreRevision, saveArticle } from "./article-editor";
import { listArticlesForAdmin } from "./article-list";
import * as admin from "./taxonomy";

let actor: CurrentUser;
let sectionId: number;
let authorId: number;

beforeAll(async () => {
  const id = randomUUID();
  await db.user.create({ data: { id, email: "admin@example.com", name: "Admin", role: "ADMIN" } });
  actor = { id, email: "admin@example.com", name: "Admin", role: "ADMIN" };
  sectionId = (await db.section.create({ data: { slug: "politik", name: "Politik" } })).id;
  authorId = (await db.author.create({ data: { slug: "anna", name: "Anna" } })).id;
});

const BAD_IDS = [1.5, 2_147_483_648, 99_999_999_999, 0, -1, Number.NaN];

describe("bad admin input", () => {
  it("lists articles when the section or author filter is not a positive 32-bit id (/admin/artikel?ressort=1.5)", async () => {
    const all = await listArticlesForAdmin(actor, { page: 1 });
    for (const bad of BAD_IDS) {
      // An id no row can have filters nothing out: the list is the unfiltered one.
      const list = await listArticlesForAdmin(actor, { sectionId: bad, authorId: bad, page: 1 });
      expect(list.total, String(bad)).toBe(all.total);
    }
  });

  it("saves an article whose author list names someone twice", async () => {
    const result = await saveArticle(
      actor,
      null,
      {
        title: "Doppelt", kicker: "", teaser: "Teaser.", body: "Text.", sectionId, authorIds: [authorId, authorId], tags: [], slug: "doppelt",
        seoTitle: null, seoDescription: null, imageUrl: null, pictureId: null, pictureFocus: null, imageCaption: null, imageAlt: null, imageCredit: null, status: "DRAFT", publishAt: null,
      },
      null,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(await db.articleAuthor.count({ where: { articleId: result.id } })).toBe(1);
  });

  it("answers an article or revision id that cannot exist with a message", async () => {
    const input = {
      title: "X", kicker: "", teaser: "T.", body: "B.", sectionId, authorIds: [authorId], tags: [], slug: "x",
      seoTitle: null, seoDescription: null, imageUrl: null, pictureId: null, pictureFocus: null, imageCaption: null, imageAlt: null, imageCredit: null, status: "DRAFT" as const, publishAt: null,
    };
    for (const bad of BAD_IDS) {
      const saved = await saveArticle(actor, bad, input, 1);
      expect(!saved.ok && saved.errors.form, String(bad)).toBe("Diesen Artikel gibt es nicht (mehr).");
      const restored = await restoreRevision(actor, bad, bad, 1);
      expect(!restored.ok && restored.errors.form, String(bad)).toBe("Diese Version gibt es nicht.");
    }
  });

  it("answers a role change or deactivation of an unknown account with a message", async () => {
    const missing = randomUUID();
    expect(await admin.changeRole(actor, missing, "EDITOR")).toEqual({ ok: false, errors: { form: "Dieses Konto gibt es nicht (mehr)." } });
    expect(await admin.setActive(actor, missing, false)).toEqual({ ok: false, errors: { form: "Dieses Konto gibt es nicht (mehr)." } });
    expect(await admin.setActive(actor, missing, true)).toEqual({ ok: false, errors: { form: "Dieses Konto gibt es nicht (mehr)." } });
  });

  it("answers ids of sections, topics and authors that cannot exist with a message", async () => {
    for (const bad of BAD_IDS) {
      for (const write of [
        () => admin.updateSection(bad, "Neu", ""),
        () => admin.deleteSection(bad),
        () => admin.moveSection(bad, "up"),
        () => admin.renameTag(bad, "Neu"),
        () => admin.deleteTag(bad),
        () => admin.updateAuthor(bad, "Neu", "", ""),
        () => admin.deleteAuthor(bad),
      ]) {
        const result = await write();
        if (!result.ok) expect(result.errors.form, `${write} ${bad}`).toMatch(/gibt es nicht mehr/);
        else expect(result.tags, `${write} ${bad}`).toEqual([]);
      }
    }
  });
});
