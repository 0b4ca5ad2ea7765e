import "server-only";

export { db } from "./client";
export { healthResponse } from "./health";
