// The Redis connection several instances share (REDIS_URL), for TypeScript callers.
export { redisConfig, SharedRedis, sharedRedis, type RedisConfig } from "./connection.mjs";
