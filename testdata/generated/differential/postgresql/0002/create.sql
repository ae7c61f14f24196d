-- CreateEnum
CREATE TYPE "AuditKind" AS ENUM ('DONE', 'draft');

-- CreateTable
CREATE TABLE "audit_v2s" (
    "id" TEXT NOT NULL,
    "url" BIGINT NOT NULL,
    "startsAt" INTEGER,
    "body" TEXT NOT NULL,
    "meta_col" DOUBLE PRECISION DEFAULT 0,
    "publishedAt" TEXT NOT NULL,
    "auditKind" "AuditKind" NOT NULL,
    "raw" int4range,

    CONSTRAINT "audit_v2s_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "expiresAt" JSONB DEFAULT '{}',
    "verified_col" JSONB NOT NULL DEFAULT '[]',
    "label" CHAR(32) NOT NULL DEFAULT 'abcdefgh',
    "taskTenantId" TEXT,
    "taskNumber" INTEGER,

    CONSTRAINT "task_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "audit_v2_auditkind_0_ix" ON "audit_v2s"("auditKind", "meta_col");

-- CreateIndex
CREATE UNIQUE INDEX "audit_v2s_publishedAt_url_key" ON "audit_v2s"("publishedAt", "url");

-- CreateIndex
CREATE UNIQUE INDEX "Task_email_key" ON "Task"("email");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_taskTenantId_taskNumber_fkey" FOREIGN KEY ("taskTenantId", "taskNumber") REFERENCES "Task"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;
