-- CreateEnum
CREATE TYPE "Level" AS ENUM ('low', 'high');

-- CreateTable
CREATE TABLE "people" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "small" SMALLSERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "code" CHAR(3) NOT NULL,
    "level" "Level" NOT NULL DEFAULT 'high',
    "levels" "Level"[] DEFAULT ARRAY['low', 'high']::"Level"[],
    "neg" INTEGER NOT NULL DEFAULT -5,
    "ratio" DOUBLE PRECISION NOT NULL DEFAULT -0.25,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "gen" TIMESTAMP(3) NOT NULL DEFAULT (now()   AT TIME ZONE 'utc'),
    "tsv" tsvector DEFAULT ''::tsvector,
    "mentorId" UUID,
    "badgeCode" TEXT,

    CONSTRAINT "person_id" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Badge" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,

    CONSTRAINT "Badge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_likes" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_likes_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "handle_uq" ON "people"("handle" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "people_mentorId_key" ON "people"("mentorId");

-- CreateIndex
CREATE INDEX "people_updatedAt_handle_idx" ON "people"("updatedAt" DESC, "handle");

-- CreateIndex
CREATE UNIQUE INDEX "people_code_level_key" ON "people"("code", "level");

-- CreateIndex
CREATE UNIQUE INDEX "Badge_code_key" ON "Badge"("code");

-- CreateIndex
CREATE INDEX "_likes_B_index" ON "_likes"("B");

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_badgeCode_fkey" FOREIGN KEY ("badgeCode") REFERENCES "Badge"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_likes" ADD CONSTRAINT "_likes_A_fkey" FOREIGN KEY ("A") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_likes" ADD CONSTRAINT "_likes_B_fkey" FOREIGN KEY ("B") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;
