-- AlterTable
ALTER TABLE "audit"."Folder" DROP COLUMN "endsAt",
ADD COLUMN     "endsAt" BIT[] DEFAULT ARRAY[]::BIT[];

-- AlterTable
ALTER TABLE "auth"."categorys" DROP COLUMN "flags",
ADD COLUMN     "flags" BIT[] DEFAULT ARRAY[]::BIT[],
DROP COLUMN "endsAt",
ADD COLUMN     "endsAt" BIT NOT NULL DEFAULT '1',
ALTER COLUMN "data" SET DEFAULT 'fixed'::text;

-- CreateIndex
CREATE INDEX "Folder_endsAt_idx" ON "audit"."Folder" USING GIN ("endsAt");
