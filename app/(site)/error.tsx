"use client";

export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">Da ist etwas schiefgegangen</h1>
      <p className="mt-4 text-muted">
        Diese Seite konnte gerade nicht geladen werden. Bitte versuchen Sie es in einem Moment erneut.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-fill px-4 py-2 font-semibold text-white">
        Erneut versuchen
      </button>
    </div>
  );
}
