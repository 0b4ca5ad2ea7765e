-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "imageCaption" TEXT,
ADD COLUMN     "pictureId" INTEGER;

-- CreateTable
CREATE TABLE "Picture" (
    "id" SERIAL NOT NULL,
    "hash" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL DEFAULT '',
    "alt" TEXT NOT NULL DEFAULT '',
    "credit" TEXT NOT NULL DEFAULT '',
    "caption" TEXT NOT NULL DEFAULT '',
    "focusX" INTEGER NOT NULL DEFAULT 50,
    "focusY" INTEGER NOT NULL DEFAULT 50,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploaderId" TEXT,

    CONSTRAINT "Picture_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Picture_hash_key" ON "Picture"("hash");

-- CreateIndex
CREATE INDEX "Picture_createdAt_idx" ON "Picture"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "Article_pictureId_idx" ON "Article"("pictureId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_pictureId_fkey" FOREIGN KEY ("pictureId") REFERENCES "Picture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Picture" ADD CONSTRAINT "Picture_uploaderId_fkey" FOREIGN KEY ("uploaderId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
