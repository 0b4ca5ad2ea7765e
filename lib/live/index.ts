// Livetickers: an article whose body is a stream of entries. Reads for the
// reader pages and the update address, the editors' operations, the entry
// form's parsing, and the markup shared by pages and updates.
export { getOlderEntries, getTickerChanges, getTickerEntriesForSeo, getTickerHead, ENTRIES_PER_PAGE } from "./read";
export { deleteEntry, editEntry, endTicker, listEntriesForEditor, publishEntry, reopenTicker, setEntryFlag, type EditorEntry, type LiveResult } from "./editor";
export { EMPTY_ENTRY_VALUES, MAX_ENTRY_CHARS, parseEntryInput, readEntryForm, type EntryErrors, type EntryFormValues, type EntryInput } from "./input";
export { entryAnchor, entryHtml, escapeHtml, tickerTopHtml } from "./html";
export { liveEntryTag, tickerListTags, tickerTag } from "./tags";
export type { KeyEventLink, LiveEntryView, OlderEntries, TickerChanges, TickerHead } from "./types";
