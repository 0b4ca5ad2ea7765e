import "server-only";

// The app's entry to view counting: the code is in lib/views/tracking.ts, the
// beacon route's answer in lib/views/route-handler.ts.
export * from "./tracking";
export { answerBeaconRequest, beaconResponse, NO_STORE_HEADERS } from "./route-handler";
