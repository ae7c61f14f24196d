-- CreateEnum
CREATE TYPE "memberkind_type" AS ENUM ('ARCHIVED', 'LOW', 'Published');

-- CreateEnum
CREATE TYPE "FileKind" AS ENUM ('INACTIVE', 'Published', 'PENDING');

-- CreateTable
CREATE TABLE "Account_v2" (
    "id" INTEGER NOT NULL,
    "meta" TEXT,
    "name" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "position_col" INTEGER[],
    "version_col" INTEGER DEFAULT (1 + 2),
    "flags" INTEGER,
    "fileKind" "FileKind" NOT NULL DEFAULT 'PENDING',
    "account_v2Id" INTEGER,

    CONSTRAINT "Account_v2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_v2_flags_key" ON "Account_v2"("flags");

-- CreateIndex
CREATE INDEX "account_v2_version_0_ix" ON "Account_v2"("version_col");

-- CreateIndex
CREATE INDEX "account_v2_account_v2id_1_ix" ON "Account_v2"("account_v2Id" DESC, "version_col");

-- AddForeignKey
ALTER TABLE "Account_v2" ADD CONSTRAINT "Account_v2_account_v2Id_fkey" FOREIGN KEY ("account_v2Id") REFERENCES "Account_v2"("id") ON DELETE SET NULL ON UPDATE CASCADE;
