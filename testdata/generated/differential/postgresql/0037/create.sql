-- CreateEnum
CREATE TYPE "auditkind_type" AS ENUM ('ARCHIVED', 'PENDING');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('high_value', 'PENDING', 'Published');

-- CreateTable
CREATE TABLE "Message" (
    "message_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" TIMESTAMPTZ[],
    "price" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "position2" TIMESTAMPTZ(4) NOT NULL,
    "startsat_col" BIGINT[],
    "auditKind" "auditkind_type" DEFAULT 'ARCHIVED',

    CONSTRAINT "Message_pkey" PRIMARY KEY ("message_id")
);

-- CreateTable
CREATE TABLE "comments" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "updatedAt" DOUBLE PRECISION[],
    "slug" SMALLINT NOT NULL DEFAULT 0,
    "hash" INTEGER NOT NULL DEFAULT (1 + 2),
    "expiresat_col" REAL,
    "sessionKind" "SessionKind",
    "planNumber" INTEGER,
    "plantenantid_ref" TEXT,

    CONSTRAINT "comments_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" JSONB DEFAULT '{}',
    "weight" TIMESTAMP(3)[],

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Task_v2" (
    "id" BIGSERIAL NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 42,

    CONSTRAINT "Task_v2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Message_slug_key" ON "Message"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Message_auditKind_key" ON "Message"("auditKind");

-- CreateIndex
CREATE UNIQUE INDEX "comments_expiresat_col_hash_key" ON "comments"("expiresat_col", "hash");

-- CreateIndex
CREATE INDEX "Plan_label_idx" ON "Plan" USING GIN ("label" jsonb_path_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Task_v2_count_key" ON "Task_v2"("count" DESC);

-- CreateIndex
CREATE INDEX "Task_v2_count_idx" ON "Task_v2"("count");

-- CreateIndex
CREATE INDEX "task_v2_count_1_ix" ON "Task_v2"("count" DESC);

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_planNumber_plantenantid_ref_fkey" FOREIGN KEY ("planNumber", "plantenantid_ref") REFERENCES "Plan"("number", "tenantId") ON DELETE SET DEFAULT ON UPDATE CASCADE;
