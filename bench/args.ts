import { loadavg } from "node:os";

/** The server under test: BENCH_URL, else 127.0.0.1 on PORT (default 3000). */
export function benchUrl(): URL {
  return new URL(process.env.BENCH_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`);
}

/** `--name=<number>` from the command line, else the fallback. */
export function numberArg(name: string, fallback: number): number {
  return Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
}

/** The load average (1/5/15 min), printed beside every figure: a figure means little without it. */
export function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
}
