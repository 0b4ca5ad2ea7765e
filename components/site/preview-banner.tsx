import { Link } from "./link";

const statusNames = { DRAFT: "Entwurf", SCHEDULED: "geplant", PUBLISHED: "veröffentlicht", ARCHIVED: "archiviert" } as const;

export function PreviewBanner({ status, editorHref, publicPath }: { status: keyof typeof statusNames; editorHref: string; publicPath: string }) {
  return (
    <p role="status" className="mb-6 rounded border border-amber-600/50 bg-amber-50 px-4 py-2 text-sm text-amber-950">
      Vorschau für die Redaktion – Status: {statusNames[status]}. Leserinnen und Leser sehen diese Fassung unter{" "}
      <code>{publicPath}</code> erst, wenn sie veröffentlicht ist.{" "}
      <Link href={editorHref} className="font-semibold underline">
        Vorschau beenden
      </Link>
    </p>
  );
}
