-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('LOW', 'draft', 'ARCHIVED');

-- CreateTable
CREATE TABLE "File" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" DOUBLE PRECISION NOT NULL,
    "status" TEXT DEFAULT 'a "quoted" word',
    "url" TIMESTAMP(4),
    "regionKind" "RegionKind" NOT NULL DEFAULT 'LOW',

    CONSTRAINT "File_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "verified" VARBIT(9) NOT NULL,
    "fileTenantId" TEXT NOT NULL,
    "filenumber_ref" INTEGER NOT NULL,
    "taskEmail" TEXT,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "file_url_uq" ON "File"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Task_email_key" ON "Task"("email");

-- CreateIndex
CREATE INDEX "Task_verified_idx" ON "Task"("verified");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_fileTenantId_filenumber_ref_fkey" FOREIGN KEY ("fileTenantId", "filenumber_ref") REFERENCES "File"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_taskEmail_fkey" FOREIGN KEY ("taskEmail") REFERENCES "Task"("email") ON DELETE SET NULL ON UPDATE CASCADE;
