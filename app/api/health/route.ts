import { connection } from "next/server";
import { healthResponse } from "@/lib/db";

export async function GET() {
  await connection();
  return healthResponse();
}
