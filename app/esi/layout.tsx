import type { ReactNode } from "react";

// A piece is read on request (connection()) and rendered whole, like a reader
// page (see app/(site)/layout.tsx): nothing to prerender or stream.
export const instant = false;

export default function PieceLayout({ children }: { children: ReactNode }) {
  return children;
}
