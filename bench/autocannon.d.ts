// The parts of autocannon's API the benches use (the package ships no types).
declare module "autocannon" {
  type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  type Options = {
    url: string;
    connections?: number;
    amount?: number;
    duration?: number;
    requests?: (RawRequest & { setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest })[];
  };
  type Result = {
    duration: number;
    errors: number;
    latency: { p50: number; p99: number; average: number };
    requests: { average: number };
    statusCodeStats?: Record<string, { count: number | string }>;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
