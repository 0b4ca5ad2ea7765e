import type { ComponentProps } from "react";

/**
 * Links on reader pages: a plain `<a>`, rendered on the server.
 *
 * `next/link` made every one of the 40 to 80 links on a page a client
 * component to hydrate, watched by an IntersectionObserver that prefetched
 * each destination's App Shell as it scrolled into view: main-thread time
 * and requests on every page view, for client-side navigation that buys a
 * reader nothing here (every reader page is whole HTML from the response
 * cache, which answers a full load faster than Next renders a flight
 * response). See "Page quality" in the README.
 */
export function Link({ href, ...props }: ComponentProps<"a"> & { href: string }) {
  return <a href={href} {...props} />;
}
