-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateTable
CREATE TABLE "auth"."Zed" (
    "id" VARCHAR(30) NOT NULL,
    "by" BYTEA NOT NULL DEFAULT '\x68656c6c6f',
    "dt" TIMESTAMP(3) NOT NULL DEFAULT '2020-01-01 10:00:00.120 +02:00',
    "dt2" TIMESTAMP(3) NOT NULL DEFAULT '2020-01-01 10:00:00.123456789 +00:00',
    "vs" VARCHAR(10)[] DEFAULT ARRAY['x']::VARCHAR(10)[],
    "fl" DOUBLE PRECISION[] DEFAULT ARRAY[1.5, 2]::DOUBLE PRECISION[],
    "bl" BOOLEAN[] DEFAULT ARRAY[true]::BOOLEAN[],
    "js" JSONB NOT NULL DEFAULT '{"a": [1, 2]}',

    CONSTRAINT "Zed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alpha" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Alpha_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Omega" (
    "id" INTEGER NOT NULL,
    "oneId" INTEGER,

    CONSTRAINT "Omega_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Zed2" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Zed2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ThisIsAnExtremelyLongRelationNameThatWillGoOnAndOnAndOnBeyondL" (
    "A" INTEGER NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_ThisIsAnExtremelyLongRelationNameThatWillGoOnAndOnAndO_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_OmegaToZed" (
    "A" INTEGER NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_OmegaToZed_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Omega_oneId_key" ON "Omega"("oneId");

-- CreateIndex
CREATE INDEX "_ThisIsAnExtremelyLongRelationNameThatWillGoOnAndOnAndO_B_index" ON "_ThisIsAnExtremelyLongRelationNameThatWillGoOnAndOnAndOnBeyondL"("B");

-- CreateIndex
CREATE INDEX "_OmegaToZed_B_index" ON "_OmegaToZed"("B");

-- AddForeignKey
ALTER TABLE "Omega" ADD CONSTRAINT "Omega_oneId_fkey" FOREIGN KEY ("oneId") REFERENCES "Zed2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ThisIsAnExtremelyLongRelationNameThatWillGoOnAndOnAndOnBeyondL" ADD CONSTRAINT "_ThisIsAnExtremelyLongRelationNameThatWillGoOnAndOnAndOn_A_fkey" FOREIGN KEY ("A") REFERENCES "Alpha"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ThisIsAnExtremelyLongRelationNameThatWillGoOnAndOnAndOnBeyondL" ADD CONSTRAINT "_ThisIsAnExtremelyLongRelationNameThatWillGoOnAndOnAndOn_B_fkey" FOREIGN KEY ("B") REFERENCES "auth"."Zed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OmegaToZed" ADD CONSTRAINT "_OmegaToZed_A_fkey" FOREIGN KEY ("A") REFERENCES "Omega"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OmegaToZed" ADD CONSTRAINT "_OmegaToZed_B_fkey" FOREIGN KEY ("B") REFERENCES "auth"."Zed"("id") ON DELETE CASCADE ON UPDATE CASCADE;
