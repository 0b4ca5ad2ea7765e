import "server-only";

export { db } from "./client";
