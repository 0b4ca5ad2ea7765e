import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EsiPiece } from "@/components/site/esi";
import { MoreFromSection } from "@/components/site/more-from-section";
import { getSections } from "@/lib/articles";
import { isValidSlug } from "@/lib/slug";

export const metadata: Metadata = { robots: { index: false } };

/** "Mehr aus <Ressort>", as one shared piece for every article of the section (lib/http/esi.ts). */
export default async function MoreFromSectionPiece(props: PageProps<"/esi/mehr/[section]">) {
  await connection();
  const { section: slug } = await props.params;
  const section = isValidSlug(slug) ? (await getSections()).find((s) => s.slug === slug) : undefined;
  if (!section) notFound();
  return (
    <EsiPiece>
      <MoreFromSection sectionSlug={section.slug} />
    </EsiPiece>
  );
}
