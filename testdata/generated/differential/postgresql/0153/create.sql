-- CreateEnum
CREATE TYPE "ProjectKind" AS ENUM ('high_value', 'INACTIVE');

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('draft', 'ARCHIVED', 'pending_value');

-- CreateTable
CREATE TABLE "ratings" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "code" JSON NOT NULL,
    "weight_col" JSON NOT NULL,
    "label" DECIMAL(27,5) NOT NULL,
    "expiresAt" DOUBLE PRECISION,
    "weight2" INTEGER,
    "startsAt" BOOLEAN[],
    "taskKind" "TaskKind" NOT NULL DEFAULT 'ARCHIVED',
    "ratingId" INTEGER,

    CONSTRAINT "ratings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentHistory" (
    "id" SERIAL NOT NULL,
    "level" TIMESTAMP(3) NOT NULL,
    "payload" TEXT,
    "commentHistoryId" INTEGER,

    CONSTRAINT "CommentHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ratings_handle_key" ON "ratings"("handle");

-- CreateIndex
CREATE INDEX "ratings_ratingId_label_idx" ON "ratings"("ratingId", "label");

-- CreateIndex
CREATE INDEX "ratings_weight2_idx" ON "ratings"("weight2");

-- CreateIndex
CREATE INDEX "commenthistory_payload_0_ix" ON "CommentHistory" USING HASH ("payload");

-- AddForeignKey
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "ratings"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "CommentHistory" ADD CONSTRAINT "CommentHistory_commentHistoryId_fkey" FOREIGN KEY ("commentHistoryId") REFERENCES "CommentHistory"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;
