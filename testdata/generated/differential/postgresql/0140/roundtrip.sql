-- AlterTable
ALTER TABLE "Device" ALTER COLUMN "total" SET DEFAULT now();

-- AlterTable
ALTER TABLE "File" ALTER COLUMN "weight" SET DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "email" SET DEFAULT now(),
ALTER COLUMN "note" SET DEFAULT now();

-- AlterTable
ALTER TABLE "PaymentWithAVeryLongNameThatGoesOnAndOnForTruncation" ALTER COLUMN "url" SET DEFAULT 'fixed'::text;
