import "server-only";

export { db } from "./db-client";
