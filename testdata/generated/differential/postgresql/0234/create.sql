-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('ARCHIVED', 'Published', 'draft');

-- CreateEnum
CREATE TYPE "postwithaverylongnamethatgoesonandonfortruncationkind_type" AS ENUM ('PENDING', 'INACTIVE', 'ARCHIVED', 'ACTIVE');

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL,
    "ratio" TIMETZ(2),
    "score" TIMETZ,
    "expiresAt" TIMESTAMP(3),
    "postWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "postwithaverylongnamethatgoesonandonfortruncationkind_type" NOT NULL DEFAULT 'ARCHIVED',
    "ratingId" TEXT,
    "ratingId2" TEXT,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "members" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "balance" DECIMAL(65,30)[],
    "startsAt" CHAR NOT NULL DEFAULT 'a',
    "postWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "postwithaverylongnamethatgoesonandonfortruncationkind_type" DEFAULT 'INACTIVE',
    "raw" point,
    "ratingId" TEXT,

    CONSTRAINT "members_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "publishedAt" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Rating_ratingId_idx" ON "Rating"("ratingId");

-- CreateIndex
CREATE INDEX "Rating_ratingId2_idx" ON "Rating"("ratingId2");

-- CreateIndex
CREATE INDEX "members_ratingId_idx" ON "members"("ratingId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_publishedAt_key" ON "Event"("publishedAt");

-- CreateIndex
CREATE INDEX "Event_publishedAt_idx" ON "Event"("publishedAt");

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_ratingId2_fkey" FOREIGN KEY ("ratingId2") REFERENCES "Rating"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "members" ADD CONSTRAINT "member_ratingid_fk" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
