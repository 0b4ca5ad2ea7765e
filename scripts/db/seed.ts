// `npm run db:seed`: loads the demo content into DATABASE_URL unless it already has content.
import { createPrismaClient } from "../../lib/db/prisma-client";
import { seedDemoContent } from "../../prisma/seed/seed";

async function main() {
  const prisma = createPrismaClient();
  try {
    const result = await seedDemoContent(prisma);
    console.log(
      result.created
        ? `Demo-Inhalte angelegt: ${result.articles} Artikel, ${result.sections} Ressorts, ${result.authors} Autorinnen und Autoren, ${result.tags} Themen.`
        : "Die Datenbank enthält bereits Inhalte – Demo-Inhalte werden nicht geladen.",
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
