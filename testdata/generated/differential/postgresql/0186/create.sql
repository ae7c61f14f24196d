-- CreateEnum
CREATE TYPE "CouponHistoryKind" AS ENUM ('LOW', 'draft');

-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('INACTIVE', 'done_value');

-- CreateTable
CREATE TABLE "Folder" (
    "id" TEXT NOT NULL,
    "weight" TEXT NOT NULL,
    "level_col" UUID,
    "code" BIT DEFAULT '1',
    "balance" TIMESTAMP(3) NOT NULL,
    "folderid_ref" TEXT,

    CONSTRAINT "folder_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "price" BOOLEAN NOT NULL DEFAULT false,
    "body" REAL NOT NULL DEFAULT 1.5,
    "url" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "score" BOOLEAN NOT NULL DEFAULT false,
    "rank" CHAR(12) NOT NULL,
    "startsat_col" JSONB,
    "folderId" TEXT,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Folder_code_idx" ON "Folder"("code");

-- CreateIndex
CREATE INDEX "Folder_level_col_balance_idx" ON "Folder"("level_col" DESC, "balance");

-- CreateIndex
CREATE INDEX "Folder_weight_idx" ON "Folder" USING SPGIST ("weight");

-- CreateIndex
CREATE UNIQUE INDEX "Member_handle_key" ON "Member"("handle");

-- CreateIndex
CREATE INDEX "Member_url_idx" ON "Member"("url");

-- CreateIndex
CREATE INDEX "Member_score_folderId_idx" ON "Member"("score" DESC, "folderId");

-- CreateIndex
CREATE INDEX "Member_id_idx" ON "Member" USING SPGIST ("id");

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_folderid_ref_fkey" FOREIGN KEY ("folderid_ref") REFERENCES "Folder"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;
