-- CreateEnum
CREATE TYPE "postkind_type" AS ENUM ('INACTIVE', 'LOW');

-- CreateEnum
CREATE TYPE "teamkind_type" AS ENUM ('LOW', 'DONE', 'ACTIVE');

-- CreateTable
CREATE TABLE "Task" (
    "id" SERIAL NOT NULL,
    "color" TIMESTAMP(3) NOT NULL DEFAULT now(),
    "total" BIGINT NOT NULL,
    "slug" TIMESTAMP(3)[],

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventItem" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "rank" BIGINT NOT NULL,
    "meta" BYTEA[],
    "ratio" BOOLEAN DEFAULT true,
    "level_col" DECIMAL(65,30) NOT NULL,
    "payload_col" DATE,
    "teamKind" "teamkind_type" DEFAULT 'DONE',
    "raw" polygon,
    "taskId" INTEGER,

    CONSTRAINT "EventItem_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Token" (
    "id" SMALLSERIAL NOT NULL,
    "total" TEXT,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "task_color_uq" ON "Task"("color");

-- CreateIndex
CREATE UNIQUE INDEX "Task_total_color_key" ON "Task"("total", "color");

-- CreateIndex
CREATE UNIQUE INDEX "EventItem_slug_key" ON "EventItem"("slug");

-- CreateIndex
CREATE INDEX "EventItem_taskId_idx" ON "EventItem"("taskId");

-- CreateIndex
CREATE INDEX "EventItem_level_col_idx" ON "EventItem"("level_col");

-- CreateIndex
CREATE INDEX "EventItem_tenantId_idx" ON "EventItem" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Token_total_key" ON "Token"("total");

-- CreateIndex
CREATE INDEX "Token_total_idx" ON "Token"("total");

-- CreateIndex
CREATE INDEX "token_total_1_ix" ON "Token"("total");

-- AddForeignKey
ALTER TABLE "EventItem" ADD CONSTRAINT "EventItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;
