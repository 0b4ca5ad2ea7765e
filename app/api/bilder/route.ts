import { connection } from "next/server";
import { userForRequest } from "@/lib/auth";
import { db } from "@/lib/db";
import { handleLibrary, handleUpload, type UploadContext } from "@/lib/media";

const context: UploadContext = {
  db,
  userId: async (request) => (await userForRequest(request.headers))?.id ?? null,
};

/** Upload one picture (editors only): the file is the body. See lib/media/upload.ts. */
export async function POST(request: Request) {
  await connection();
  return handleUpload(request, context);
}

/** The picture library as JSON, for the editor's picker. */
export async function GET(request: Request) {
  await connection();
  return handleLibrary(request, context);
}
