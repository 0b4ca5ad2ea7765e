// The runtime's public face for TypeScript. The pieces are plain JavaScript
// (type-checked through JSDoc) because the "use cache" handler, which Next
// imports at run time outside its bundles, uses them too.
export { existingProcessSingleton, forgetProcessSingleton, processSingleton, setProcessGlobal } from "./process-state.mjs";
export { announceTagExpiry, onTagExpiry, readerPageTags, type TagExpiryListener } from "./tag-expiry.mjs";
export { exitAfterShutdownHooks, onShutdown, runShutdownHooks, SHUTDOWN_DEADLINE_MS, shutdownHookNames, type ShutdownHook } from "./shutdown.mjs";
export { runningJobs, startJob, startRepeatingJob, stopJobs } from "./jobs.mjs";
export { forgetSettings, INTERNAL_SETTINGS, parseSettings, SETTING_NAMES, settings, SettingsError, type Settings } from "./settings.mjs";
export { collectRenderTags, recordRenderTags } from "./render-tags.mjs";
