-- AlterTable
ALTER TABLE "base"."Team" ALTER COLUMN "startsAt2" SET DEFAULT 'fixed'::text;
