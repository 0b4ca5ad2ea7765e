import "server-only";
import { toBerlinLocalInput } from "../dates";
import type { EditorArticle } from "./article-editor";
import type { ArticleFormValues } from "./article-input";

/** The editor form's starting values for an existing article. */
export function formValuesOf(article: EditorArticle): ArticleFormValues {
  return {
    title: article.title,
    kicker: article.kicker,
    teaser: article.teaser,
    body: article.body,
    sectionId: String(article.sectionId),
    authorIds: article.authorIds.map(String),
    tags: article.tags.join(", "),
    slug: article.slug,
    seoTitle: article.seoTitle ?? "",
    seoDescription: article.seoDescription ?? "",
    imageUrl: article.imageUrl ?? "",
    pictureId: article.pictureId ? String(article.pictureId) : "",
    pictureFocus: article.picture ? `${article.picture.focusX},${article.picture.focusY}` : "",
    imageAlt: article.imageAlt ?? "",
    imageCredit: article.imageCredit ?? "",
    imageCaption: article.imageCaption ?? "",
    status: article.status,
    publishAt: article.publishedAt ? toBerlinLocalInput(article.publishedAt) : "",
    version: String(article.version),
  };
}
