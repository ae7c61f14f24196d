-- CreateEnum
CREATE TYPE "NoteKind" AS ENUM ('PENDING', 'LOW', 'ARCHIVED');

-- CreateTable
CREATE TABLE "TokenLink" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" BOOLEAN NOT NULL,
    "label" DOUBLE PRECISION,
    "expiresAt" REAL NOT NULL,
    "hash" DECIMAL(65,30),
    "count" DECIMAL(65,30)[],

    CONSTRAINT "TokenLink_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "TokenLink_expiresAt_idx" ON "TokenLink"("expiresAt");

-- CreateIndex
CREATE INDEX "tokenlink_expiresat_1_ix" ON "TokenLink"("expiresAt");
