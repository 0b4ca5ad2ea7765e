"use client";

import { useEffect, useState } from "react";

/** Renders the body as readers will see it, a moment after typing stops. */
export function MarkdownPreview({ body, previewAction }: { body: string; previewAction: (body: string) => Promise<string> }) {
  const [html, setHtml] = useState("");
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      previewAction(body).then((result) => current && setHtml(result), () => current && setHtml("<p>Vorschau nicht verfügbar.</p>"));
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [body, previewAction]);
  return (
    <div
      aria-live="polite"
      data-testid="markdown-preview"
      className="prose max-w-none font-serif prose-headings:font-sans"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
