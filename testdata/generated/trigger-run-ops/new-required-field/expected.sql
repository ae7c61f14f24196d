-- AlterTable
ALTER TABLE "TaskRunTag" ADD COLUMN     "color" TEXT NOT NULL;
