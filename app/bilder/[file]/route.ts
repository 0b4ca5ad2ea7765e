// Pictures are served by the front process (scripts/server/server.ts) without
// reaching Next; this route answers the same where that process does not run
// (`next dev`).
import { connection } from "next/server";
import { pictureResponse, pictureStorage } from "@/lib/media";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  await connection();
  const { file } = await params;
  return pictureResponse(`/bilder/${file}`, pictureStorage());
}
