-- CreateEnum
CREATE TYPE "orderkind_type" AS ENUM ('draft', 'HIGH', 'DONE', 'archived_value');

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "version" DECIMAL NOT NULL,
    "body" MONEY,
    "email" INTEGER NOT NULL,
    "score" BIGINT DEFAULT 1234567890123,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "planId" INTEGER,
    "tagId" INTEGER,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TagWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" SERIAL NOT NULL,
    "endsAt" MONEY NOT NULL,
    "body" BIT(7) NOT NULL,
    "secret" INTEGER NOT NULL,
    "orderKind" "orderkind_type",

    CONSTRAINT "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_PlanToTagWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_PlanToTagWithAVeryLongNameThatGoesOnAndOnForTruncation_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_tagId_key" ON "Plan"("tagId");

-- CreateIndex
CREATE INDEX "_PlanToTagWithAVeryLongNameThatGoesOnAndOnForTruncation_B_index" ON "_PlanToTagWithAVeryLongNameThatGoesOnAndOnForTruncation"("B");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "TagWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PlanToTagWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "_PlanToTagWithAVeryLongNameThatGoesOnAndOnForTruncation_A_fkey" FOREIGN KEY ("A") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PlanToTagWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "_PlanToTagWithAVeryLongNameThatGoesOnAndOnForTruncation_B_fkey" FOREIGN KEY ("B") REFERENCES "TagWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
