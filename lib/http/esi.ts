/**
 * Shared pieces kept apart from the pages that show them (Edge Side
 * Includes). A piece that many pages show and that changes on its own clock
 * ("Beliebteste Artikel") is rendered and cached once, under its own address
 * below `/esi/`, and put into each page when the page is served: a page no
 * longer changes, or expires, when the piece does.
 *
 * The renderer writes a placeholder where a piece goes
 * (`<template data-esi-include="/esi/…">`, components/site/esi.tsx); the
 * front stores the page with a real `<esi:include src="/esi/…"/>` in its
 * place, and either passes it on as it is, to a cache in front that says it
 * assembles ESI (`Surrogate-Capability: …="ESI/1.0"`, as Varnish and Fastly
 * send), or assembles the page itself. A piece's own render is a whole HTML
 * document; the fragment between its markers (`EsiPiece`) is what is kept.
 * No Next imports: runs in the front process.
 */
import type { IncomingHttpHeaders } from "node:http";

/** Where pieces live: one address per piece, answered like any reader page. */
export const PIECE_PREFIX = "/esi/";

const PLACEHOLDER = /<template data-esi-include="(\/esi\/[a-z0-9/_-]*)"><\/template>/g;
const INCLUDE = /<esi:include src="(\/esi\/[a-z0-9/_-]*)"\/>/g;
const PIECE_START = '<template data-esi-piece="start"></template>';
const PIECE_END = '<template data-esi-piece="end"></template>';

export function isPiecePath(key: string): boolean {
  return key.startsWith(PIECE_PREFIX);
}

/** The page with its placeholders turned into ESI includes, and the pieces it includes (in order, once each). */
export function withEsiIncludes(html: string): { html: string; includes: string[] } {
  const includes = new Set<string>();
  const replaced = html.replace(PLACEHOLDER, (_element, src: string) => {
    includes.add(src);
    return `<esi:include src="${src}"/>`;
  });
  return { html: replaced, includes: [...includes] };
}

/** The fragment of a piece's render between its markers, or null when the render has none. */
export function pieceFragment(html: string): string | null {
  const start = html.indexOf(PIECE_START);
  const end = html.indexOf(PIECE_END, start + PIECE_START.length);
  if (start === -1 || end === -1) return null;
  return html.slice(start + PIECE_START.length, end);
}

/** The page with each include replaced by its piece (an include without a piece is left out). */
export function assemble(html: string, pieces: ReadonlyMap<string, string>): string {
  return html.replace(INCLUDE, (_element, src: string) => pieces.get(src) ?? "");
}

/** Whether the request comes from a cache in front that assembles ESI itself. */
export function acceptsEsi(headers: IncomingHttpHeaders): boolean {
  const capability = headers["surrogate-capability"];
  return typeof capability === "string" && capability.includes("ESI/1.0");
}

/** The key under which the front keeps a page as assembled for readers. */
export function assembledKey(key: string): string {
  return `\0assembled:${key}`;
}
