// Pictures: upload and library, storage, serving, and the variant names and
// srcsets pages render. The public face for app/ and components/.
export type { PictureSummary } from "./library";
export { pictureResponse } from "./serve";
export { pictureStorage, type PictureStorage } from "./storage";
export { handleLibrary, handleUpload, type UploadContext } from "./upload";
export { fullSources, structuredDataCrops, teaserSources, type PictureSources } from "./variants";
