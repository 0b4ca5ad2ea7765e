import "server-only";
import { db } from "../db";
import type { ArticleStatus, Prisma } from "../db/generated/prisma/client";
import type { CurrentUser } from "../auth/session";
import { parseId } from "../ids";

export const ADMIN_PAGE_SIZE = 25;
export const ARTICLE_STATUSES = ["DRAFT", "SCHEDULED", "PUBLISHED", "ARCHIVED"] as const satisfies readonly ArticleStatus[];

export type AdminArticleFilter = { status?: ArticleStatus; sectionId?: number; authorId?: number; title?: string; page: number };

export type AdminArticleRow = {
  id: number;
  title: string;
  path: string;
  section: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  authors: string[];
  totalViews: number;
  /** A Liveticker: its list entry leads to the ticker's page (entries). */
  liveticker: boolean;
};

/**
 * The editors' article list. AUTHORs see only articles they write; editors
 * and admins see all. Never cached: editors must see their own writes at once.
 */
export async function listArticlesForAdmin(user: CurrentUser, filter: AdminArticleFilter) {
  // An id no row can have (1.5, beyond 32 bits) filters nothing instead of failing the query.
  const sectionId = parseId(filter.sectionId);
  const authorId = parseId(filter.authorId);
  const where: Prisma.ArticleWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(sectionId ? { sectionId } : {}),
    ...(filter.title ? { title: { contains: filter.title, mode: "insensitive" } } : {}),
    ...(authorId ? { authors: { some: { authorId } } } : {}),
    ...(user.role === "AUTHOR" ? { authors: { some: { author: { userId: user.id } } } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        totalViews: true,
        kind: true,
        section: { select: { slug: true, name: true } },
        authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
      },
    }),
  ]);
  const items: AdminArticleRow[] = rows.map((row) => ({
    id: row.id,
    title: row.title,
    path: `/${row.section.slug}/${row.slug}`,
    section: row.section.name,
    status: row.status,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    authors: row.authors.map((a) => a.author.name),
    totalViews: Number(row.totalViews),
    liveticker: row.kind === "LIVETICKER",
  }));
  return { items, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export async function listSectionsForAdmin() {
  return db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}

export async function listAuthorsForAdmin() {
  return db.author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
