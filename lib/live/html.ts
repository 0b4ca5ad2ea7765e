/**
 * An entry's markup, built once here for the ticker page and for the update
 * address, so an entry that arrives in an open page is the entry a reload
 * shows. Plain strings (no React): the update address is a route handler.
 * Every text is escaped; the body is the sanitised Markdown HTML.
 */
import { formatDateTime } from "../dates";
import { fullSources } from "../media/variants";
import type { KeyEventLink, LiveEntryView } from "./types";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export const entryAnchor = (id: number) => `eintrag-${id}`;

function pictureHtml(entry: LiveEntryView): string {
  if (!entry.picture) return "";
  const s = fullSources(entry.picture);
  const sizes = "(min-width: 48rem) 42rem, 100vw";
  const sources = s.sources.map((src) => `<source type="${src.type}" srcset="${escapeHtml(src.srcSet)}" sizes="${sizes}">`).join("");
  const credit = entry.imageCredit ? `<figcaption class="mt-1 text-xs text-muted">Foto: ${escapeHtml(entry.imageCredit)}</figcaption>` : "";
  return (
    `<figure class="mt-3"><picture>${sources}<img src="${s.src}" srcset="${escapeHtml(s.jpegSrcSet)}" sizes="${sizes}" width="${s.width}" height="${s.height}" ` +
    `alt="${escapeHtml(entry.imageAlt ?? "")}" loading="lazy" decoding="async" class="h-auto w-full rounded"></picture>${credit}</figure>`
  );
}

/** One entry as an `<li>` of the ticker's list. `headingLevel`: h3 in the list, h3 in the pinned box too. */
export function entryHtml(entry: LiveEntryView, options: { idPrefix?: string } = {}): string {
  const id = `${options.idPrefix ?? ""}${entryAnchor(entry.id)}`;
  const time = `<time datetime="${entry.publishedAt.toISOString()}">${formatDateTime(entry.publishedAt)}</time>`;
  const updated = entry.editedAt
    ? ` <span class="text-muted">· Aktualisiert <time datetime="${entry.editedAt.toISOString()}">${formatDateTime(entry.editedAt)}</time></span>`
    : "";
  const marks = [entry.keyEvent ? "Wichtig" : "", entry.closing ? "Schluss" : ""].filter(Boolean);
  const badges = marks.map((m) => ` <span class="ml-1 rounded bg-neutral-200 px-1.5 py-0.5 text-xs font-semibold text-ink dark:bg-neutral-700 dark:text-white">${m}</span>`).join("");
  const headline = entry.headline ? `<h3 class="mt-1 font-serif text-xl font-bold">${escapeHtml(entry.headline)}</h3>` : "";
  const author = entry.authorName ? `<p class="mt-2 text-sm text-muted">Von ${escapeHtml(entry.authorName)}</p>` : "";
  return (
    `<li id="${id}" class="live-entry scroll-mt-4 border-l-4 border-rule py-4 pl-4" data-entry="${entry.id}">` +
    `<p class="text-sm font-semibold"><a href="#${id}" class="underline-offset-2 hover:underline">${time}</a>${updated}${badges}</p>` +
    headline +
    `<div class="prose prose-neutral mt-2 max-w-none dark:prose-invert">${entry.bodyHtml}</div>` +
    pictureHtml(entry) +
    author +
    `</li>`
  );
}

/** The pinned entry and "Das Wichtigste" above the entries (empty when there is neither). */
export function tickerTopHtml(pinned: LiveEntryView | null, keyEvents: readonly KeyEventLink[]): string {
  let html = "";
  if (pinned) {
    html +=
      `<section aria-labelledby="angeheftet-titel" class="mb-6 rounded border border-rule p-4">` +
      `<h2 id="angeheftet-titel" class="text-sm font-semibold uppercase tracking-wide text-muted">Angeheftet</h2>` +
      `<ol class="list-none">${entryHtml(pinned, { idPrefix: "angeheftet-" })}</ol></section>`;
  }
  if (keyEvents.length > 0) {
    const items = keyEvents
      .map((k) => `<li class="py-1"><a href="${escapeHtml(k.href)}" class="underline"><time datetime="${k.publishedAt.toISOString()}">${formatDateTime(k.publishedAt)}</time>: ${escapeHtml(k.label)}</a></li>`)
      .join("");
    html +=
      `<section aria-labelledby="wichtigste-titel" class="mb-6 rounded border border-rule p-4">` +
      `<h2 id="wichtigste-titel" class="font-serif text-xl font-bold">Das Wichtigste</h2><ul class="mt-2 list-disc pl-5">${items}</ul></section>`;
  }
  return html;
}
