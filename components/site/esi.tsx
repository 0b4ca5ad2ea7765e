import type { ReactNode } from "react";
import { settings } from "@/lib/runtime";

/**
 * Where a shared piece goes (lib/http/esi.ts): behind the front process, a
 * placeholder the front turns into an ESI include and fills with the piece,
 * cached once for every page; under Next alone (`next dev`), the piece itself.
 */
export function EsiInclude({ src, children }: { src: `/esi/${string}`; children: ReactNode }) {
  if (!settings().rendererRelayToken) return children;
  return <template data-esi-include={src} />;
}

/** A piece's render: the front keeps what lies between these markers. */
export function EsiPiece({ children }: { children: ReactNode }) {
  return (
    <>
      <template data-esi-piece="start" />
      {children}
      <template data-esi-piece="end" />
    </>
  );
}
