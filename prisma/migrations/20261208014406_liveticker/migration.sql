-- CreateEnum
CREATE TYPE "ArticleKind" AS ENUM ('ARTICLE', 'LIVETICKER');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "kind" "ArticleKind" NOT NULL DEFAULT 'ARTICLE',
ADD COLUMN     "liveEndedAt" TIMESTAMP(3),
ADD COLUMN     "liveLatestAt" TIMESTAMP(3),
ADD COLUMN     "liveVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "LiveEntry" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "headline" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "pictureId" INTEGER,
    "imageAlt" TEXT,
    "imageCredit" TEXT,
    "authorUserId" TEXT,
    "authorName" TEXT NOT NULL DEFAULT '',
    "keyEvent" BOOLEAN NOT NULL DEFAULT false,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "closing" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "changedIn" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LiveEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveEntry_articleId_deletedAt_id_idx" ON "LiveEntry"("articleId", "deletedAt", "id" DESC);

-- CreateIndex
CREATE INDEX "LiveEntry_articleId_changedIn_idx" ON "LiveEntry"("articleId", "changedIn");

-- CreateIndex
CREATE INDEX "LiveEntry_pictureId_idx" ON "LiveEntry"("pictureId");

-- AddForeignKey
ALTER TABLE "LiveEntry" ADD CONSTRAINT "LiveEntry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveEntry" ADD CONSTRAINT "LiveEntry_pictureId_fkey" FOREIGN KEY ("pictureId") REFERENCES "Picture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveEntry" ADD CONSTRAINT "LiveEntry_authorUserId_fkey" FOREIGN KEY ("authorUserId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
