// The editors' admin: the article editor and list, the dashboard, sections,
// topics, authors and users, the picture library. The public face for app/
// and components/. No "server-only" here: the modules that touch the
// database carry it themselves; form state and article input are plain, so
// client components import their types from here (types only, see the lint
// rule in scripts/lint/).
export { canEdit, loadArticleForEditor, restoreRevision, saveArticle, type EditorArticle, type SaveResult } from "./article-editor";
export {
  EMPTY_FORM_VALUES,
  MAX_BODY_BYTES,
  parseArticleInput,
  readArticleForm,
  type ArticleFormValues,
  type ArticleInput,
  type FieldErrors,
} from "./article-input";
export {
  ARTICLE_STATUSES,
  listArticlesForAdmin,
  listAuthorsForAdmin,
  listSectionsForAdmin,
  type AdminArticleFilter,
  type AdminArticleRow,
} from "./article-list";
export { getArticleViews, getDashboard } from "./dashboard";
export { formValuesOf } from "./editor-form";
export { fieldErrors, formValues, type EditorState, type FormState, type LoginState } from "./form-state";
export { listPictureLibrary, pictureForEditor, type LibraryEntry } from "./pictures";
export {
  changeRole,
  createAuthor,
  createSection,
  createTag,
  createUser,
  deleteAuthor,
  deleteSection,
  deleteTag,
  listAuthorsWithCounts,
  listSectionsWithCounts,
  listTagsWithCounts,
  listUsers,
  moveSection,
  renameTag,
  setActive,
  updateAuthor,
  updateSection,
  type WriteResult,
} from "./taxonomy";
