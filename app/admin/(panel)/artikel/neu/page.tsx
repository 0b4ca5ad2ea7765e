import type { Metadata } from "next";
import { connection } from "next/server";
import { ArticleForm } from "@/components/admin/article-form";
import { previewMarkdownAction, saveArticleAction } from "../actions";
import { listAuthorsForAdmin, listSectionsForAdmin, EMPTY_FORM_VALUES, pictureForEditor } from "@/lib/admin";
import { requireUser } from "@/lib/auth";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Neuer Artikel – Redaktion", robots: { index: false, follow: false } };

export default async function NewArticlePage(props: PageProps<"/admin/artikel/neu">) {
  await connection();
  const user = await requireUser();
  // From the picture library: "Neuer Artikel mit diesem Bild" (?bild=<id>).
  const pictureId = parseId((await props.searchParams).bild);
  const [sections, authors, picture] = await Promise.all([
    listSectionsForAdmin(),
    listAuthorsForAdmin(),
    pictureId ? pictureForEditor(pictureId) : null,
  ]);
  const initial = picture
    ? { ...EMPTY_FORM_VALUES, pictureId: String(picture.id), pictureFocus: `${picture.focusX},${picture.focusY}`, imageAlt: picture.alt, imageCredit: picture.credit, imageCaption: picture.caption }
    : EMPTY_FORM_VALUES;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Neuer Artikel</h1>
      <ArticleForm
        initial={initial}
        picture={picture}
        sections={sections}
        authors={authors}
        canPublish={user.role !== "AUTHOR"}
        saveAction={saveArticleAction.bind(null, null)}
        previewAction={previewMarkdownAction}
      />
    </>
  );
}
