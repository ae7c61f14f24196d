-- AlterTable
ALTER TABLE "Address" ALTER COLUMN "note_col" SET DATA TYPE CHAR;
