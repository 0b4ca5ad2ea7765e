import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

/**
 * The short page readers get with a 503: while the database is away and the
 * page was never seen, or while the server refuses work it cannot take on.
 * Plain HTML with its own small style, since nothing else may be reachable.
 */
const MESSAGES = {
  unavailable: {
    title: "Seite gerade nicht erreichbar",
    text: "Diese Seite kann im Moment nicht geladen werden. Bitte versuchen Sie es in einigen Sekunden noch einmal.",
  },
  overload: {
    title: "Gerade sehr viel Andrang",
    text: "Der Server ist im Moment ausgelastet. Bitte laden Sie die Seite in einigen Sekunden neu.",
  },
} as const;

export function unavailablePage(reason: keyof typeof MESSAGES): string {
  const { title, text } = MESSAGES[reason];
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} – Rundblick</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b3d91}</style>
</head>
<body>
<p><a href="/">Rundblick</a></p>
<h1>${title}</h1>
<p>${text}</p>
</body>
</html>
`;
}

/** Sends that page as a 503 (no body for HEAD), with Retry-After and any further headers. */
export function sendUnavailablePage(
  req: IncomingMessage,
  res: ServerResponse,
  reason: keyof typeof MESSAGES,
  retryAfterSeconds: number,
  headers: OutgoingHttpHeaders = {},
): void {
  const body = Buffer.from(unavailablePage(reason), "utf8");
  res.writeHead(503, {
    "content-type": "text/html; charset=utf-8",
    "content-length": body.length,
    "cache-control": "no-store",
    "retry-after": String(retryAfterSeconds),
    ...headers,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}
