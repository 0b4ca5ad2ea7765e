import type { Redis } from "ioredis";

export type RedisConfig = { url: string; prefix: string };
export declare function redisConfig(env?: Record<string, string | undefined>): RedisConfig | null;

export declare class SharedRedis {
  constructor(config: RedisConfig);
  readonly prefix: string;
  readonly client: Redis;
  readonly isUp: boolean;
  warn(reason: string): void;
  key(name: string): string;
  onRestored(listener: () => void): () => void;
  subscribe(channel: string, onMessage: (message: string) => void, onResubscribed?: () => void): () => void;
  disconnect(): void;
}

export declare function sharedRedis(): SharedRedis | null;
