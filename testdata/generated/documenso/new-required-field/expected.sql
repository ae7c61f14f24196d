-- AlterTable
ALTER TABLE "Passkey" ADD COLUMN     "deviceLabel" TEXT NOT NULL;
