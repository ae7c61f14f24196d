-- AlterTable
ALTER TABLE "Task" ALTER COLUMN "color" SET DEFAULT now();
