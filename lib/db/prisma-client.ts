import { PrismaPg } from "@prisma/adapter-pg";
import type { IsolationLevel, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { settings } from "../runtime/settings.mjs";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };

/** Upper bounds for one database call, so an outage or a hung connection cannot hold a request or the shutdown forever. */
export type DatabaseLimits = {
  /** Give up opening a connection, or waiting for a free one in the pool, after this long (`DATABASE_CONNECT_TIMEOUT_MS`, default 5 s). */
  connectTimeoutMs: number;
  /** The server ends a statement that runs longer (`DATABASE_STATEMENT_TIMEOUT_MS`, default 30 s; 0 = no limit). */
  statementTimeoutMs: number;
  /** Connections at most (`DATABASE_POOL_MAX`; 1 on the embedded database). */
  poolMax: number;
};

/**
 * Builds a Prisma client on the pg driver. Scripts (seed, launcher, tests) call
 * this directly; the app goes through `lib/db/index.ts`.
 *
 * The pool is capped (settings: `DATABASE_POOL_MAX`): the embedded database
 * multiplexes every socket onto one PGlite session, so it gets one connection,
 * which keeps one client's extended-protocol messages from interleaving with
 * another's.
 *
 * Connecting and every statement are bounded (see DatabaseLimits); TCP
 * keep-alive notices a peer that vanished. Long maintenance work (benches,
 * rebuilds) passes `statementTimeoutMs: 0`.
 */
export function createPrismaClient(connectionString = requireDatabaseUrl(), limits: Partial<DatabaseLimits> = {}): PrismaClient {
  const { databaseConnectTimeoutMs, databaseStatementTimeoutMs, databasePoolMax } = settings();
  const { connectTimeoutMs, statementTimeoutMs, poolMax } = {
    connectTimeoutMs: databaseConnectTimeoutMs,
    statementTimeoutMs: databaseStatementTimeoutMs,
    poolMax: databasePoolMax,
    ...limits,
  };
  const adapter = oneQueryAtATimeInTransactions(new PrismaPg({
    connectionString,
    max: poolMax,
    connectionTimeoutMillis: connectTimeoutMs,
    keepAlive: true,
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
  }));
  return new PrismaClient({ adapter });
}

/**
 * Prisma's query interpreter sends the queries of one operation's relations
 * (`include`, nested `select`) at once. Outside a transaction each takes its
 * own pooled connection; inside one they all go to the transaction's single
 * pg client, which queues them but warns ("Calling client.query() when the
 * client is already executing a query is deprecated") and will refuse them in
 * pg 9. Queuing them here instead keeps the order pg would have used.
 */
export function oneQueryAtATimeInTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return withMethod(factory, "connect", async () => {
    const adapter = await factory.connect();
    return withMethod(adapter, "startTransaction", async (isolationLevel?: IsolationLevel) => inTurn(await adapter.startTransaction(isolationLevel)));
  });
}

function inTurn(transaction: Transaction): Transaction {
  let last: Promise<unknown> = Promise.resolve();
  const queued = <R>(run: () => Promise<R>): Promise<R> => {
    const result = last.then(run, run);
    last = result.catch(() => undefined);
    return result;
  };
  return withMethod(
    withMethod(transaction, "queryRaw", (query: SqlQuery) => queued(() => transaction.queryRaw(query))),
    "executeRaw",
    (query: SqlQuery) => queued(() => transaction.executeRaw(query)),
  );
}

/** The object with one method replaced; every other property is the original's (methods bound to it). */
function withMethod<T extends object, K extends keyof T>(target: T, name: K, method: T[K]): T {
  return new Proxy(target, {
    get(object, property) {
      if (property === name) return method;
      const value = Reflect.get(object, property, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

export function requireDatabaseUrl(): string {
  const url = settings().databaseUrl;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the site with `npm start` (it provides an embedded database) or set DATABASE_URL=postgresql://…",
    );
  }
  return url;
}
