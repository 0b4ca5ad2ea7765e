// The plain half of pictures: variant file names, URLs and srcsets, with no
// sharp, storage or database behind them. Reader pages take it from here so
// that rendering an article never loads the upload stack (sharp alone is
// ~80 ms and ~20 MB the first time); client components may import it too. A
// declared client-safe entry (scripts/lint/); index.ts re-exports all of it.
export { fullSources, structuredDataCrops, teaserSources, type PictureSources } from "./variants";
