import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import { slugify } from "../../lib/slug";
import { seedAuthors } from "./authors";
import { seedSections } from "./sections";
import type { SeedArticle } from "./types";
import { articles as kultur } from "./articles/kultur";
import { articles as panorama } from "./articles/panorama";
import { articles as politik1 } from "./articles/politik-1";
import { articles as politik2 } from "./articles/politik-2";
import { articles as sport } from "./articles/sport";
import { articles as wirtschaft } from "./articles/wirtschaft";
import { articles as wissen } from "./articles/wissen";
import { seedImages } from "./images";
import { seedViewHistory } from "./views";

export const seedArticles: SeedArticle[] = [...politik1, ...politik2, ...wirtschaft, ...sport, ...kultur, ...wissen, ...panorama];

const HOUR = 3_600_000;

export type SeedResult = { created: false } | { created: true; articles: number; sections: number; authors: number; tags: number };

/**
 * Loads the demo newsroom into an empty database. Never writes over existing
 * content: if any section exists, it does nothing. All or nothing, in one
 * transaction. Publish times are relative to `now`, so a fresh start always
 * shows a current front page.
 */
export async function seedDemoContent(prisma: PrismaClient, now = new Date()): Promise<SeedResult> {
  if ((await prisma.section.count()) > 0) return { created: false };
  // Files first (outside the transaction): content-named, so a failed seed leaves nothing wrong.
  // Loaded here, not on import: the e2e tests import this module for the article list only.
  const { seedPictures } = await import("./pictures");
  const pictures = await seedPictures([...new Set(Object.values(seedImages).flatMap((images) => images.map((i) => i.url)))]);

  return prisma.$transaction(
    async (tx) => {
      const sectionIds = new Map<string, number>();
      for (const [position, section] of seedSections.entries()) {
        const row = await tx.section.create({ data: { ...section, position } });
        sectionIds.set(section.slug, row.id);
      }

      const authorIds = new Map<string, number>();
      for (const author of seedAuthors) {
        const row = await tx.author.create({
          data: { slug: author.slug, name: author.name, jobTitle: author.role, bio: author.bio },
        });
        authorIds.set(author.slug, row.id);
      }

      const tagIds = new Map<string, number>();
      for (const name of new Set(seedArticles.flatMap((a) => a.tags))) {
        const row = await tx.tag.create({ data: { name, slug: slugify(name) } });
        tagIds.set(name, row.id);
      }

      const pictureIds = new Map<string, number>();
      for (const [source, picture] of pictures) {
        const image = Object.values(seedImages).flat().find((i) => i.url === source)!;
        const row = await tx.picture.upsert({
          where: { hash: picture.hash },
          create: { ...picture, alt: image.alt, credit: "Rundblick-Grafik" },
          update: {},
          select: { id: true },
        });
        pictureIds.set(source, row.id);
      }

      const visible: { id: number; publishedAt: Date }[] = [];
      const usedSlugs = new Set<string>();
      const imageTurn = new Map<string, number>();
      for (const article of seedArticles) {
        const sectionId = sectionIds.get(article.section);
        if (sectionId === undefined) throw new Error(`Seed article "${article.title}" names unknown section ${article.section}`);
        let slug = slugify(article.title);
        for (let n = 2; usedSlugs.has(`${article.section}/${slug}`); n++) slug = `${slugify(article.title)}-${n}`;
        usedSlugs.add(`${article.section}/${slug}`);

        const status = article.status ?? "PUBLISHED";
        const publishedAt = status === "DRAFT" ? null : new Date(now.getTime() - article.ageHours * HOUR);
        const updatedAt =
          publishedAt && article.updatedAfterHours
            ? new Date(Math.min(now.getTime(), publishedAt.getTime() + article.updatedAfterHours * HOUR))
            : (publishedAt ?? now);

        const images = seedImages[article.section] ?? [];
        const turn = imageTurn.get(article.section) ?? 0;
        imageTurn.set(article.section, turn + 1);
        const image = images.length > 0 ? images[turn % images.length] : undefined;

        const created = await tx.article.create({
          data: {
            slug,
            sectionId,
            kicker: article.kicker,
            title: article.title,
            teaser: article.teaser,
            body: article.body,
            status,
            publishedAt,
            createdAt: publishedAt ?? now,
            updatedAt,
            pictureId: image ? pictureIds.get(image.url) : null,
            imageAlt: image?.alt ?? null,
            imageCredit: image ? "Rundblick-Grafik" : null,
            authors: {
              create: article.authors.map((authorSlug, position) => {
                const authorId = authorIds.get(authorSlug);
                if (authorId === undefined) throw new Error(`Seed article "${article.title}" names unknown author ${authorSlug}`);
                return { authorId, position };
              }),
            },
            tags: { create: article.tags.map((name) => ({ tagId: tagIds.get(name)! })) },
          },
        });
        if (status === "PUBLISHED" && publishedAt) visible.push({ id: created.id, publishedAt });
        await tx.revision.create({
          data: {
            articleId: created.id,
            version: 1,
            createdAt: created.createdAt,
            snapshot: {
              title: article.title,
              kicker: article.kicker,
              teaser: article.teaser,
              body: article.body,
              section: article.section,
              slug,
              status,
            },
          },
        });
      }

      await seedViewHistory(tx, visible, now);

      return {
        created: true as const,
        articles: seedArticles.length,
        sections: sectionIds.size,
        authors: authorIds.size,
        tags: tagIds.size,
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
