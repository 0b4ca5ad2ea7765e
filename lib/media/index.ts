// Pictures: upload and library, storage, serving, and the variant names and
// srcsets pages render. The public face for app/ and components/.
export type { PictureSummary } from "./library";
export { pictureResponse } from "./serve";
export { pictureStorage, type PictureStorage } from "./storage";
export { handleLibrary, handleUpload, type UploadContext } from "./upload";
// The plain half (variant names and srcsets), also its own entry for reader pages and client code.
export * from "./client-safe";
