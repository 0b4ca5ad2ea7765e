import "server-only";

// The app's entry to view counting; the code is in lib/views/tracking.ts.
export * from "./tracking";
