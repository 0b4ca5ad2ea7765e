import type { SharedRedis } from "../redis/connection.mjs";

export declare const TAGS_CHANNEL: string;
export type SharedTags = {
  publish(tags: string[]): Promise<void>;
  refresh(): Promise<void>;
  forget(): void;
  prune(): Promise<void>;
};
export declare function createSharedTags(options: { redis: SharedRedis; manifest: Map<string, { stale?: number; expired?: number }> }): SharedTags;
