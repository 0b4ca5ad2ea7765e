const statusNames = { DRAFT: "Entwurf", SCHEDULED: "geplant", PUBLISHED: "veröffentlicht", ARCHIVED: "archiviert" } as const;

export function PreviewBanner({ status }: { status: keyof typeof statusNames }) {
  return (
    <p role="status" className="mb-6 rounded border border-amber-600/50 bg-amber-50 px-4 py-2 text-sm text-amber-950">
      Vorschau für die Redaktion – Status: {statusNames[status]}. Leserinnen und Leser sehen diese Fassung nur, wenn sie
      veröffentlicht ist. {/* A plain link: a prefetch of this route handler would end the preview. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/admin/vorschau/ende" className="font-semibold underline">Vorschau beenden</a>
    </p>
  );
}
