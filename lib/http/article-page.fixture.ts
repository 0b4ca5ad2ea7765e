/**
 * For tests: an article page as readers get it, about 40 KB of HTML built
 * like the site's, with about 11 KB of German-like text made of sentences
 * from word lists, compounds and made-up words, so that it compresses as
 * real text does and not as a repeated string would: Brotli (quality 5)
 * takes the text to about 46 % (the demo articles' German text of that
 * length: 47 %) and the page to about 26 % (the site's own article page:
 * 20 %, more of it markup). Each seed gives other text, so no two pages are
 * alike; the same seed gives the same page.
 */

const WORDS = (
  "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei sie nach wird " +
  "um am noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei werden " +
  "unter seit wenn gegen soll können damit sagte bereits heute jedoch dabei wieder schon rund zwischen sollen zwei drei " +
  "Jahr Jahren Prozent Millionen Euro Stadt Land Regierung Menschen Bürger Zeit Ende Woche Montag Dienstag Mittwoch " +
  "Donnerstag Freitag Samstag Sonntag Bundesregierung Kanzler Ministerin Minister Abgeordnete Opposition Koalition " +
  "Gericht Polizei Feuerwehr Schule Kinder Eltern Unternehmen Arbeit Preise Kosten Haushalt Steuern Energie Strom Wasser " +
  "Bahn Verkehr Straße Klima Wetter Regen Sommer Winter Spiel Mannschaft Trainer Saison Tor Punkte Tabelle Verein " +
  "Theater Bühne Roman Musik Publikum Ausstellung Museum Forscher Studie Daten Ergebnis Ergebnisse Frage Antwort " +
  "Entscheidung Vorschlag Plan Gesetz Reform Debatte Streit Kritik Lösung Zukunft Vergangenheit Geschichte Bericht " +
  "neue neuen großen ersten letzten weitere wichtige deutlich schnell langsam offenbar zunächst später kaum etwa fast " +
  "sagt erklärt betont fordert kritisiert warnt berichtet zeigt bleibt steht geht kommt liegt gilt plant prüft beschließt " +
  "hatte hätten würde könnte müsse dürfe wollen mussten sollten wurden geworden gegeben gesagt gemacht gefunden gestellt " +
  "Berlin Hamburg München Köln Frankfurt Dresden Leipzig Stuttgart Bremen Hannover Kiel Rostock Erfurt Mainz Potsdam"
).split(" ");

/** Parts of compound words (German builds many of its nouns this way, which keeps real text from compressing too well). */
const STEMS = (
  "Haus Stadt Land Wasser Strom Bahn Schul Kinder Arbeits Wohnungs Miet Bau Verkehrs Klima Energie Gesundheits Kranken " +
  "Pflege Renten Steuer Haushalts Finanz Wirtschafts Handels Export Industrie Auto Rad Fuß Sport Kultur Kunst Theater " +
  "Film Musik Buch Zeitungs Nachrichten Daten Netz Funk Wetter Sturm Hochwasser Wald Feld Acker Dorf Markt Preis Lohn " +
  "Sicherheits Polizei Justiz Gerichts Wahl Partei Fraktions Landes Bundes Kommunal Rats Bürger Jugend Familien Senioren " +
  "Forschungs Hochschul Studien Labor Kirchen Friedens Grenz Hafen Flughafen Brücken Tunnel Strecken Zug Bus Schiff"
).split(" ");
const HEADS = (
  "gesetz plan streit debatte bericht projekt verband vertrag gipfel reform politik markt preis kosten förderung " +
  "versorgung verwaltung behörde amt leitung zentrum netz werk anlage gebiet raum zeit jahr woche frage lösung " +
  "konzept programm strategie initiative kommission ausschuss rat verein gesellschaft wirtschaft forschung quote"
).split(" ");
const NAMES = (
  "Anna Schröder|Thomas Becker|Clara Weiss|Jonas Hartmann|Miriam Koch|Felix Brandt|Lena Vogel|Paul Krüger|" +
  "Sophie Neumann|Malte Riedinger|Johanna Pieper|Konrad Ahlers|Ilka Sommerfeld|Henrik Lorenz|Katrin Albers"
).split("|");

/** Parts of syllables for the rarer words of a text (names of places, firms, things), which no list holds. */
const ONSETS = "b br d dr f fl g gr h k kl kr l m n p pf r s sch schw st str t tr w z".split(" ");
const VOWELS = "a e i o u ä ö ü au ei ie eu".split(" ");
const CODAS = ["", "", "n", "r", "l", "s", "t", "ch", "ck", "ng", "nd", "rt", "st", "tz", "m", "ff"];

function coined(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const count = 2 + Math.floor(next() * 2);
  let word = "";
  for (let i = 0; i < count; i++) word += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
  return next() < 0.6 ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Endings that inflect a word now and then (Schulen, Planes, …). */
const ENDINGS = ["e", "en", "er", "es", "n", "s", "t", "te", "ten", "ung", "ungen", "lich", "liche", "isch"];

/** A small seeded generator (mulberry32): the same seed gives the same page. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function sentences(next: () => number, count: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const out: string[] = [];
  for (let s = 0; s < count; s++) {
    const length = 8 + Math.floor(next() * 14);
    const words: string[] = [];
    for (let w = 0; w < length; w++) {
      const roll = next();
      if (roll < 0.2) words.push(coined(next));
      else if (roll < 0.38) words.push(pick(STEMS) + pick(HEADS) + (next() < 0.4 ? pick(ENDINGS) : ""));
      else if (roll < 0.42) words.push(next() < 0.5 ? String(Math.floor(next() * 2_000)) : `${Math.floor(next() * 100)},${Math.floor(next() * 10)}`);
      else if (roll < 0.45) words.push(pick(NAMES));
      else words.push(pick(WORDS) + (next() < 0.15 ? pick(ENDINGS) : ""));
      if (w > 2 && w < length - 2 && next() < 0.08) words[words.length - 1] += ",";
    }
    const sentence = words.join(" ");
    out.push(sentence[0]!.toUpperCase() + sentence.slice(1) + (next() < 0.1 ? "?" : "."));
  }
  return out.join(" ");
}

/** A picture in the sizes the site serves it (AVIF, WebP, JPEG), as the reader pages write it. */
function picture(id: string, widths: readonly number[], sizes: string, attributes: string): string {
  const set = (format: string) => widths.map((w) => `/bilder/${id}-w${w}.${format} ${w}w`).join(", ");
  return (
    `<picture><source type="image/avif" srcSet="${set("avif")}" sizes="${sizes}"/><source type="image/webp" srcSet="${set("webp")}" sizes="${sizes}"/>` +
    `<img src="/bilder/${id}-w${widths[Math.min(2, widths.length - 1)]}.jpg" srcSet="${set("jpg")}" sizes="${sizes}" ${attributes}/></picture>`
  );
}

const SECTIONS = ["politik", "wirtschaft", "sport", "kultur", "wissen", "panorama"];
const title = (slug: string) => slug[0]!.toUpperCase() + slug.slice(1);

/**
 * The reader page of article `seed`, as readers get it (the most-read box
 * assembled into it), built like the site's: head with its meta tags,
 * header and navigation, the article (about 10 KB of text, a picture),
 * "Mehr aus …" with pictures, "Beliebteste Artikel", footer. About 40 KB.
 */
export function articlePage(seed: number): string {
  const next = random(seed + 1);
  const hex = () => Array.from({ length: 4 }, () => Math.floor(next() * 4_294_967_296).toString(16).padStart(8, "0")).join("");
  const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80);
  const section = SECTIONS[seed % SECTIONS.length]!;
  const headline = sentences(next, 1).slice(0, 90).replace(/[ ,.?]+$/, "");
  const teaser = sentences(next, 2);
  const slug = slugOf(headline);
  const url = `https://rundblick.example/${section}/${slug}`;
  const author = NAMES[seed % NAMES.length]!;
  const authorSlug = slugOf(author);
  const day = 1 + (seed % 28);
  const stamp = `2026-11-${String(day).padStart(2, "0")}T${String(6 + (seed % 14)).padStart(2, "0")}:${String(seed % 60).padStart(2, "0")}:00+01:00`;
  const lead = hex();
  const nav = SECTIONS.map(
    (s) => `<li><a href="/${s}" class="block px-3 py-2 hover:bg-brand-fill-dark aria-[current=page]:bg-brand-fill-dark aria-[current=page]:underline">${title(s)}</a></li>`,
  ).join("");
  const paragraphs: string[] = [];
  for (let i = 0; i < 26; i++) {
    if (i % 4 === 3) paragraphs.push(`<h2>${sentences(next, 1).slice(0, 60).replace(/[ ,.?]+$/, "")}</h2>`);
    paragraphs.push(`<p>${sentences(next, 2 + Math.floor(next() * 3))}</p>`);
  }
  const related = Array.from({ length: 4 }, () => {
    const text = sentences(next, 1).slice(0, 80).replace(/[ ,.?]+$/, "");
    const href = `/${section}/${slugOf(text)}`;
    return (
      `<li><article class="group"><a href="${href}" tabindex="-1" aria-hidden="true" class="mb-3 block">` +
      picture(`${hex()}-16x9-f50-50`, [320, 640], "(min-width: 1200px) 264px, (min-width: 1024px) 22vw, (min-width: 640px) 46vw, 100vw", 'width="640" height="360" alt="" loading="lazy" decoding="async" class="aspect-video h-auto w-full rounded object-cover"') +
      `</a><a href="${href}" class="block"><span class="block text-sm font-semibold text-accent">${coined(next)}</span><h3 class="font-serif font-bold leading-tight group-hover:underline text-base">${text}</h3></a>` +
      `<p class="mt-2 text-xs text-muted"><time dateTime="${stamp}">${day}. November 2026, ${6 + (seed % 14)}:00 Uhr</time> · <!-- -->${NAMES[Math.floor(next() * NAMES.length)]}</p></article></li>`
    );
  }).join("");
  // The most-read box: the last 24 hours and 7 days, ten articles each, many of them in both.
  const popular = Array.from({ length: 14 }, () => {
    const text = sentences(next, 1).slice(0, 90).replace(/[ ,.?]+$/, "");
    return { section: SECTIONS[Math.floor(next() * SECTIONS.length)]!, kicker: coined(next), text };
  });
  const ranking = (offset: number) =>
    Array.from({ length: 10 }, (_, i) => {
      const item = popular[(i * 3 + offset) % popular.length]!;
      return (
        `<li class="flex gap-4 py-3"><span class="w-8 shrink-0 text-right font-serif text-3xl font-bold leading-none text-accent">${i + 1}</span>` +
        `<div><p class="text-sm font-semibold text-accent">${item.kicker}</p><a href="/${item.section}/${slugOf(item.text)}" class="font-serif text-lg font-bold leading-snug hover:underline">${item.text}</a></div></li>`
      );
    }).join("");
  const mostRead =
    `<aside id="beliebteste-artikel" aria-labelledby="beliebteste-artikel-titel" class="most-read rounded border border-rule p-5 print:hidden"><div class="flex flex-wrap items-baseline justify-between gap-2">` +
    `<h2 id="beliebteste-artikel-titel" class="font-serif text-2xl font-bold">Beliebteste Artikel<span class="font-sans text-base font-normal text-muted"> <!-- -->in ${title(section)}</span></h2>` +
    `<nav aria-label="Zeitraum der beliebtesten Artikel"><ul class="flex gap-3 text-sm"><li><a href="#beliebt-24h" data-window="24h" class="most-read-switch text-muted hover:text-brand hover:underline">24 Std.</a></li><li><a href="#beliebt-7d" data-window="7d" class="most-read-switch text-muted hover:text-brand hover:underline">7 Tage</a></li></ul></nav></div>` +
    `<section id="beliebt-24h" aria-label="Meistgelesen in den letzten 24 Stunden" data-default="" class="most-read-window"><p class="mt-2 text-sm font-semibold">In den letzten 24 Stunden</p><ol class="mt-3 divide-y divide-rule">${ranking(0)}</ol></section>` +
    `<section id="beliebt-7d" aria-label="Meistgelesen in den letzten 7 Tagen" class="most-read-window"><p class="mt-2 text-sm font-semibold">In den letzten 7 Tagen</p><ol class="mt-3 divide-y divide-rule">${ranking(5)}</ol></section></aside>`;
  const meta = [
    `<meta name="description" content="${teaser}"/>`,
    `<meta name="robots" content="index, follow, max-video-preview:-1, max-image-preview:large, max-snippet:-1"/>`,
    `<link rel="canonical" href="${url}"/><link rel="alternate" type="application/rss+xml" href="https://rundblick.example/${section}/feed.xml" title="Rundblick – ${title(section)}"/>`,
    `<meta property="og:title" content="${headline}"/><meta property="og:description" content="${teaser}"/><meta property="og:url" content="${url}"/>`,
    `<meta property="og:site_name" content="Rundblick"/><meta property="og:locale" content="de_DE"/><meta property="og:image" content="https://rundblick.example/bilder/${lead}-16x9-f50-50-w1200.jpg"/>`,
    `<meta property="og:type" content="article"/><meta property="article:published_time" content="${stamp}"/><meta property="article:author" content="https://rundblick.example/autor/${authorSlug}"/>`,
    `<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:title" content="${headline}"/><meta name="twitter:description" content="${teaser}"/>`,
    `<meta name="twitter:image" content="https://rundblick.example/bilder/${lead}-16x9-f50-50-w1200.jpg"/><meta name="rundblick:article-id" content="${seed}"/>`,
  ].join("");
  return (
    `<!DOCTYPE html><html lang="de" class="Q7pdPa_variable ctzg-q_variable h-full antialiased"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>` +
    `<link rel="stylesheet" href="/_next/static/chunks/0pugyi_ww7m9f.css" data-precedence="next"/><script src="/beacon.js" async=""></script><title>${headline} | Rundblick</title>${meta}</head>` +
    `<body class="flex min-h-full flex-col"><header class="border-b border-rule bg-paper print:hidden"><a href="#inhalt" class="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:px-3 focus:py-2">Zum Inhalt springen</a>` +
    `<div class="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2 sm:flex-wrap sm:items-end sm:pb-3 sm:pt-5"><a href="/" class="font-serif text-3xl font-bold tracking-tight text-brand sm:text-4xl">Rundblick</a>` +
    `<form role="search" aria-label="Website-Suche" class="hidden items-center gap-2 text-sm sm:flex" action="/suche" method="get"><label for="kopf-suche" class="font-semibold">Suche</label><input id="kopf-suche" type="search" maxLength="200" class="w-40 rounded border border-muted/60 bg-paper px-2 py-1 sm:w-56" name="q"/><button type="submit" class="rounded bg-brand-fill px-3 py-1 font-semibold text-white hover:bg-brand-fill-dark">Suchen</button></form></div>` +
    `<nav aria-label="Ressorts" class="bg-brand-fill"><ul class="mx-auto flex max-w-6xl gap-x-1 overflow-x-auto whitespace-nowrap px-2 text-sm font-semibold text-white sm:flex-wrap sm:overflow-visible"><li><a href="/" class="block px-3 py-2 hover:bg-brand-fill-dark">Startseite</a></li>${nav}</ul></nav></header>` +
    `<main id="inhalt" class="mx-auto w-full max-w-6xl flex-1 px-4 py-8"><script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"${headline}","description":"${teaser}","datePublished":"${stamp}","author":[{"@type":"Person","name":"${author}","url":"https://rundblick.example/autor/${authorSlug}"}],"mainEntityOfPage":"${url}"}]</script>` +
    `<article class="mx-auto max-w-3xl"><nav aria-label="Brotkrumen" class="mb-4 text-sm text-muted print:hidden"><a href="/" class="hover:underline">Startseite</a> › <a href="/${section}" class="hover:underline">${title(section)}</a></nav>` +
    `<header><p class="text-lg font-semibold text-accent">${coined(next)}</p><h1 class="mt-1 font-serif text-4xl font-bold leading-tight sm:text-5xl">${headline}</h1><p class="mt-4 font-serif text-xl leading-relaxed text-ink/90">${teaser}</p>` +
    `<div class="mt-6 flex flex-col gap-1 border-y border-rule py-3 text-sm text-muted"><p class="font-semibold">Von<!-- --> <span><a href="/autor/${authorSlug}" rel="author" class="text-brand underline-offset-2 hover:underline">${author}</a></span></p><p>Veröffentlicht am <time dateTime="${stamp}">${day}. November 2026</time></p></div></header>` +
    `<figure class="mt-6">${picture(lead, [320, 640, 960, 1280, 1920], "(min-width: 800px) 768px, calc(100vw - 2rem)", `width="1920" height="1080" alt="${sentences(next, 1)}" fetchPriority="high" class="h-auto w-full rounded"`)}` +
    `<figcaption class="mt-2 text-sm text-muted">${sentences(next, 1)} <span class="whitespace-nowrap">Foto: Rundblick</span></figcaption></figure>` +
    `<div class="prose prose-lg mt-8 max-w-none font-serif prose-headings:font-sans prose-a:text-brand">${paragraphs.join("")}</div>` +
    `<ul class="mt-8 flex flex-wrap gap-2 print:hidden">${[coined(next), coined(next), coined(next)].map((t) => `<li><a href="/thema/${slugOf(t)}" class="rounded-full border border-rule px-3 py-1 text-sm hover:border-brand hover:text-brand">${t}</a></li>`).join("")}</ul></article>` +
    `<aside aria-labelledby="mehr-aus" class="render-when-near mx-auto mt-14 max-w-6xl border-t border-rule pt-8 print:hidden"><h2 id="mehr-aus" class="mb-6 font-serif text-2xl font-bold">Mehr aus <!-- -->${title(section)}</h2><ul class="grid gap-8 sm:grid-cols-2 lg:grid-cols-4">${related}</ul></aside>` +
    `<div class="mx-auto mt-14 max-w-6xl">${mostRead}</div></main>` +
    `<footer class="mt-16 border-t border-rule bg-paper-dark py-10 text-sm text-muted print:hidden"><div class="mx-auto grid max-w-6xl gap-8 px-4 sm:grid-cols-3"><nav aria-label="Ressorts im Fuß"><ul class="space-y-1">${nav}</ul></nav>` +
    `<ul class="space-y-1"><li><a href="/impressum" class="hover:underline">Impressum</a></li><li><a href="/datenschutz" class="hover:underline">Datenschutz</a></li><li><a href="/feed.xml" class="hover:underline">RSS-Feed</a></li></ul><p>© 2026 Rundblick</p></div></footer></body></html>`
  );
}

/** The headers the renderer sends with an article page (as the site's are: security headers, caching, preload). */
export const ARTICLE_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self' 'unsafe-inline'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'; img-src * data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  "x-frame-options": "SAMEORIGIN",
  "cross-origin-opener-policy": "same-origin",
  "cache-control": "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
  link: '</>; rel=preconnect; crossorigin="", </_next/static/chunks/0pugyi_ww7m9f.css>; rel=preload; as="style"',
  "x-nextjs-stale-time": "300",
  "x-nextjs-prerender": "1",
  "content-type": "text/html; charset=utf-8",
};
