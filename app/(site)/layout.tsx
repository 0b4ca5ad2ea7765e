import { connection } from "next/server";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { getSections } from "@/lib/articles";

// Reader pages render on request (from cached reads) and block until complete:
// the HTML is whole without JavaScript and a missing article is a real 404.
// Nothing is read from the database at build time.
export const instant = false;

export default async function SiteLayout({ children }: LayoutProps<"/">) {
  await connection();
  const sections = await getSections();
  return (
    <>
      {/* Counts article views (public/beacon.js): the one script a reader page keeps (lib/http/static-document.ts). */}
      <script src="/beacon.js" async />
      <SiteHeader sections={sections} />
      <main id="inhalt" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter sections={sections} />
    </>
  );
}
