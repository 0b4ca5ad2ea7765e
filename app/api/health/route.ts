import { connection } from "next/server";
import { checkDatabase } from "@/lib/db/health";

export async function GET() {
  await connection();
  const health = await checkDatabase();
  const headers = { "Cache-Control": "no-store" };
  if (health.ok) return Response.json({ status: "ok", db: "ok" }, { headers });
  return Response.json({ status: "error", db: "error", reason: health.reason }, { status: 503, headers });
}
