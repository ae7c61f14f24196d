-- CreateEnum
CREATE TYPE "RoleKind" AS ENUM ('inactive_value', 'high_value', 'LOW', 'published_value');

-- CreateEnum
CREATE TYPE "NoteKind" AS ENUM ('DONE');

-- CreateTable
CREATE TABLE "Category" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" TEXT,
    "roleKind" "RoleKind",
    "taskId" TEXT NOT NULL,
    "taskId2" TEXT NOT NULL,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Comment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "price" TEXT,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "payload" JSON DEFAULT '{"a": 1}',
    "email" OID[] DEFAULT ARRAY[1, 2, 3]::OID[],
    "name" TIMESTAMPTZ NOT NULL,
    "status" TIMESTAMP(1) NOT NULL,
    "secret_col" INTEGER[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Category_taskId_idx" ON "Category"("taskId");

-- CreateIndex
CREATE INDEX "comment_price_0_ix" ON "Comment"("price");

-- CreateIndex
CREATE INDEX "Comment_price_idx" ON "Comment"("price");

-- CreateIndex
CREATE INDEX "Task_status_note_idx" ON "Task"("status", "note");

-- CreateIndex
CREATE UNIQUE INDEX "Task_name_status_key" ON "Task"("name", "status");

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_taskId2_fkey" FOREIGN KEY ("taskId2") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;
