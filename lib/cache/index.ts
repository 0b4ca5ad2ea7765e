// The cache tags every read gives itself and every write expires. The "use
// cache" handler (use-cache-handler.mjs) and the tag sharing between instances
// (shared-tags.mjs) are loaded by Next and the front process themselves.
export { articleChangeTags, cacheTags } from "./tags";
export { expireCachedTags } from "./expire-here.mjs";
