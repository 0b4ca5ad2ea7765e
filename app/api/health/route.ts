import { connection } from "next/server";
import { healthResponse } from "@/lib/db/health";

export async function GET() {
  await connection();
  return healthResponse();
}
