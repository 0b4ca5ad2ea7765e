// @ts-check
// Works around a Next.js 16.4 bug (vercel/next.js#95380, fix proposed in PR
// #95561; still unfixed in 16.4.6, where these edits apply unchanged): with
// Cache Components, a page that calls notFound() or redirect() while its
// postponed render is resumed is sent as 200, because the response
// headers go out before the resumed render reports its status. Our reader
// pages render completely before they respond (no Suspense), so waiting for
// the resumed render's status costs nothing, and 404/308 answers come out right.
//
// Runs on `npm install` (postinstall). Idempotent; fails loudly if Next's code
// no longer looks as expected, so an upgrade cannot silently drop the fix.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const MARKER = "/* rundblick: await resume status */";
const require = createRequire(import.meta.url);
const nextRoot = path.dirname(require.resolve("next/package.json"));
const files = ["dist/build/templates/app-page-runtime.js", "dist/esm/build/templates/app-page-runtime.js"];

const edits = [
  {
    from: "const resumeRender = (body, postponed, span)=>{",
    to: `const resumeRender = (body, postponed, span)=>{ ${MARKER} let markReady; const ready = new Promise((r)=>{ markReady = r; });`,
  },
  {
    from: "                    // Pipe the resume result to the transformer.\n                    await result.value.html.pipeTo(transformer.writable);",
    to: "                    if (result.value.status && !res.headersSent) res.statusCode = result.value.status;\n                    markReady();\n                    // Pipe the resume result to the transformer.\n                    await result.value.html.pipeTo(transformer.writable);",
  },
  {
    from: "                }).catch((err)=>{\n                    // An error occurred during piping or preparing the render, abort",
    to: "                }).catch((err)=>{\n                    markReady();\n                    // An error occurred during piping or preparing the render, abort",
  },
  {
    from: "                        console.error(\"couldn't abort transformer\", e);\n                    });\n                });\n            };",
    to: "                        console.error(\"couldn't abort transformer\", e);\n                    });\n                });\n                return ready;\n            };",
  },
  { from: "                resumeRender(body, cachedData.postponed, span);", to: "                await resumeRender(body, cachedData.postponed, span);" },
  { from: "                        resumeRender(response, result.metadata.postponed, span);", to: "                        await resumeRender(response, result.metadata.postponed, span);" },
];

for (const relative of files) {
  const file = path.join(nextRoot, relative);
  let source = readFileSync(file, "utf8");
  if (source.includes(MARKER)) continue;
  for (const { from, to } of edits) {
    if (source.split(from).length !== 2) {
      console.error(`patch-next: unexpected code in ${relative}; Next.js changed? Expected exactly one:\n${from}`);
      process.exit(1);
    }
    source = source.replace(from, to);
  }
  writeFileSync(file, source);
  console.log(`patch-next: patched ${relative}`);
}
