import type { Metadata } from "next";
import { connection } from "next/server";
import { EsiPiece } from "@/components/site/esi";
import { SiteMostRead } from "@/components/site/most-read";

export const metadata: Metadata = { robots: { index: false } };

/** "Beliebteste Artikel" for the whole site, as a shared piece (lib/http/esi.ts). */
export default async function MostReadPiece() {
  await connection();
  return (
    <EsiPiece>
      <SiteMostRead />
    </EsiPiece>
  );
}
