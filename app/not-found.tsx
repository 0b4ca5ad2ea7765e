import { Link } from "@/components/site/link";
import { NotFoundContent } from "@/components/site/not-found-content";
import { paths } from "@/lib/articles";

// Addresses that match no route at all. Kept free of database reads so it can
// be prerendered; pages inside the site use app/(site)/not-found.tsx instead.
export default function GlobalNotFound() {
  return (
    <>
      <header className="border-b border-rule">
        <div className="mx-auto max-w-6xl px-4 py-5">
          <Link href={paths.front()} className="font-serif text-4xl font-bold tracking-tight text-brand">
            Rundblick
          </Link>
        </div>
      </header>
      <main id="inhalt" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <NotFoundContent />
      </main>
    </>
  );
}
