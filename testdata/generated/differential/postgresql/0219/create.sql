-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('ACTIVE', 'Published', 'PENDING');

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "amount" TIMESTAMP(3) DEFAULT now(),
    "rank" DECIMAL(65,30) NOT NULL,
    "count" INTEGER,
    "updatedat_col" TEXT NOT NULL,
    "score" BIGINT NOT NULL DEFAULT 0,
    "payload" INTEGER DEFAULT 0,
    "categoryId" INTEGER,
    "sessionId" TEXT,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "publishedAt" BOOLEAN,
    "position" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "label" BIGINT,
    "updatedAt" JSONB NOT NULL DEFAULT '[]',
    "updatedAt2" TIMESTAMP(3) NOT NULL,
    "categoryId" INTEGER NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" TEXT NOT NULL,
    "score" TEXT DEFAULT 'back\slash',

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Category_sessionId_idx" ON "Category"("sessionId");

-- CreateIndex
CREATE INDEX "Category_payload_idx" ON "Category"("payload");

-- CreateIndex
CREATE INDEX "Session_categoryId_idx" ON "Session"("categoryId");

-- CreateIndex
CREATE INDEX "session_categoryid_0_ix" ON "Session"("categoryId");

-- CreateIndex
CREATE INDEX "session_categoryid_1_ix" ON "Session"("categoryId");

-- CreateIndex
CREATE INDEX "Ticket_score_idx" ON "Ticket"("score");

-- CreateIndex
CREATE INDEX "ticket_score_1_ix" ON "Ticket"("score");

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE SET DEFAULT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
