-- CreateTable
CREATE TABLE "Ticket" (
    "id" TEXT NOT NULL,
    "position" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "level" CHAR(29) NOT NULL,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "payload" INTEGER NOT NULL DEFAULT (1 + 2),
    "label" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "position" BIT(5) NOT NULL DEFAULT '11111',
    "avatar" DOUBLE PRECISION NOT NULL,
    "raw" box,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "count_col" INTEGER NOT NULL,
    "ratio_col" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "createdAt" BIGINT NOT NULL,
    "body" VARBIT[],
    "regionId" INTEGER,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "File" (
    "file_id" TEXT NOT NULL,
    "size" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3)[],
    "hash" BIGINT DEFAULT 1234567890123,
    "size2" TIMESTAMPTZ[],
    "data" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "url" BIGINT NOT NULL DEFAULT 1234567890123,
    "raw" cidr,
    "regionId" INTEGER NOT NULL,

    CONSTRAINT "File_pkey" PRIMARY KEY ("file_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ticket_level_uq" ON "Ticket"("level");

-- CreateIndex
CREATE INDEX "Ticket_level_idx" ON "Ticket"("level" DESC);

-- CreateIndex
CREATE INDEX "ticket_level_1_ix" ON "Ticket"("level" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "region_ratio_uq" ON "Region"("ratio_col");

-- CreateIndex
CREATE INDEX "Region_regionId_idx" ON "Region"("regionId" DESC);

-- CreateIndex
CREATE INDEX "File_url_idx" ON "File"("url");

-- CreateIndex
CREATE INDEX "file_url_1_ix" ON "File"("url");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
