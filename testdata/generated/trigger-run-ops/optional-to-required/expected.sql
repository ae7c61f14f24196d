-- AlterTable
ALTER TABLE "BatchTaskRun" ALTER COLUMN "idempotencyKey" SET NOT NULL;
