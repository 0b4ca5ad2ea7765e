import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EsiPiece } from "@/components/site/esi";
import { MoreFromSection } from "@/components/site/more-from-section";
import { findSection } from "@/lib/articles";

export const metadata: Metadata = { robots: { index: false } };

/** "Mehr aus <Ressort>", as one shared piece for every article of the section (lib/http/esi.ts). */
export default async function MoreFromSectionPiece(props: PageProps<"/esi/mehr/[section]">) {
  await connection();
  const { section: slug } = await props.params;
  const section = await findSection(slug);
  if (!section) notFound();
  return (
    <EsiPiece>
      <MoreFromSection sectionSlug={section.slug} />
    </EsiPiece>
  );
}
