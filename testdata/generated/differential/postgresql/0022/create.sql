-- CreateEnum
CREATE TYPE "Task_v2Kind" AS ENUM ('DONE', 'Published', 'ACTIVE', 'HIGH');

-- CreateTable
CREATE TABLE "Log" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "weight_col" TIMESTAMP(2) DEFAULT CURRENT_TIMESTAMP,
    "url" INTEGER NOT NULL,
    "position" REAL NOT NULL,
    "payload" DATE NOT NULL,
    "task_v2Kind" "Task_v2Kind" NOT NULL DEFAULT 'HIGH',
    "raw" box,
    "logTenantId" TEXT,
    "logNumber" INTEGER,
    "logTenantId2" TEXT,
    "logNumber2" INTEGER,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Log_handle_key" ON "Log"("handle");

-- CreateIndex
CREATE INDEX "Log_logTenantId2_logNumber2_idx" ON "Log"("logTenantId2", "logNumber2");

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_logTenantId_logNumber_fkey" FOREIGN KEY ("logTenantId", "logNumber") REFERENCES "Log"("tenantId", "number") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_logTenantId2_logNumber2_fkey" FOREIGN KEY ("logTenantId2", "logNumber2") REFERENCES "Log"("tenantId", "number") ON DELETE CASCADE ON UPDATE SET NULL;
