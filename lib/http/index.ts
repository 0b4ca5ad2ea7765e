// HTTP for the front process and Next alike: the response cache for reader
// pages and its shared pieces, the relay to the renderer, the client's
// address, Cache-Control and security headers. proxy.ts imports
// ./cache-control alone, to keep the rest out of Next's proxy.
export { cacheControlFor, NO_STORE, READER_CACHE_CONTROL } from "./cache-control";
export { clientAddress, clientAddressFromHeaders, clientAddressOfRequest, relayHeaders, stampSocketAddress } from "./client-address";
export { acceptsEsi, assemble, isPiecePath, PIECE_PREFIX } from "./esi";
export { ReaderPages, type RenderUpstream } from "./reader-pages";
export { RenderLimiter } from "./render-limiter";
export { sendTagsAsTrailer, takeTagRequest } from "./render-tags";
export { fetchFromRenderer, isNewsroomRequest, relayToRenderer, rendererAgent, type RendererTarget } from "./relay";
export { ResponseCache, responseCacheOptions } from "./response-cache";
export { securityHeaderRoutes } from "./security-headers";
