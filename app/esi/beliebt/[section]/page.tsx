import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EsiPiece } from "@/components/site/esi";
import { SectionMostRead } from "@/components/site/most-read";
import { findSection } from "@/lib/articles";

export const metadata: Metadata = { robots: { index: false } };

/** "Beliebteste Artikel" of one section, as a shared piece for its section pages (lib/http/esi.ts). */
export default async function SectionMostReadPiece(props: PageProps<"/esi/beliebt/[section]">) {
  await connection();
  const { section: slug } = await props.params;
  const section = await findSection(slug);
  if (!section) notFound();
  return (
    <EsiPiece>
      <SectionMostRead section={section} />
    </EsiPiece>
  );
}
