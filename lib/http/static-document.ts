/**
 * Reader pages as documents: the response cache (lib/http/reader-pages.ts)
 * stores a reader page without Next's client runtime.
 *
 * A reader page has nothing to hydrate: its links are plain `<a>`, its one
 * switch ("Beliebteste Artikel") is CSS, its forms are GET forms, and every
 * page is whole HTML from this cache, which answers a full page load faster
 * than Next renders a client-side navigation. Hydrating it anyway meant
 * decoding the page a second time from the inlined RSC payload (43–60 KB)
 * and walking a thousand elements: about half the main-thread work of a page
 * view on a phone. So the stored copy keeps the markup, the stylesheets, the
 * JSON-LD and the view beacon (`/beacon.js`), and drops the scripts and
 * script preloads. See "Page quality" in the README.
 *
 * A page whose HTML still waits for a script to put streamed parts in place
 * (a Suspense boundary that resolved after the shell) is left as it is.
 */

/** Scripts that stay: structured data, and the view beacon. */
export const KEPT_SCRIPT_SRC = "/beacon.js";
/** A running Liveticker's update script (public/liveticker.js). */
export const LIVETICKER_SCRIPT_SRC = "/liveticker.js";

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="?(?:modulepreload|preload)"?)(?=[^>]*\bas="?script"?|[^>]*\brel="?modulepreload"?)[^>]*>/gi;
// React's markers of streamed content still to be moved into place by an inline script.
// An error shell (`<html id="__next_error__">`) is filled in by the runtime, too.
const PENDING_STREAM = /<div hidden id="S:|<template id="[BP]:|id="__next_error__"/;

const JSON_LD = /\btype="application\/ld\+json"/i;
const KEPT_SRC = new RegExp(`\\bsrc="(?:${KEPT_SCRIPT_SRC}|${LIVETICKER_SCRIPT_SRC})"`);

function keepsScript(attributes: string): boolean {
  return JSON_LD.test(attributes) || KEPT_SRC.test(attributes);
}

/** The page without its client runtime, or null when it is not a complete HTML document to change. */
export function withoutClientRuntime(html: string): string | null {
  if (!/^\s*<!DOCTYPE html>/i.test(html) || PENDING_STREAM.test(html)) return null;
  return html.replace(SCRIPT, (element, attributes: string) => (keepsScript(attributes) ? element : "")).replace(SCRIPT_PRELOAD, "");
}

/** For the response cache: an HTML body without the client runtime; anything else as it came. */
export function documentBody(contentType: string | string[] | undefined, body: Buffer): Buffer {
  if (!String(contentType ?? "").startsWith("text/html")) return body;
  const stripped = withoutClientRuntime(body.toString("utf8"));
  return stripped === null ? body : Buffer.from(stripped, "utf8");
}
