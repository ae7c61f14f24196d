-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('high_value', 'published_value');

-- CreateTable
CREATE TABLE "Device" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "total" TIMESTAMP(3) DEFAULT now(),
    "data" JSONB NOT NULL DEFAULT '[]',
    "payload" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "endsAt" TEXT NOT NULL,
    "email2" SMALLINT,
    "messageKind" "MessageKind" NOT NULL,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL DEFAULT 'fixed'::text,
    "amount" BOOLEAN,
    "verified" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "status" TEXT NOT NULL,
    "hash" INTEGER DEFAULT 42,
    "meta" JSONB DEFAULT '{}',
    "messageKind" "MessageKind" DEFAULT 'published_value',
    "fileSlug" TEXT NOT NULL,

    CONSTRAINT "PaymentWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "weight" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    "email" TIMESTAMP(1) NOT NULL DEFAULT now(),
    "payload" TEXT NOT NULL,
    "note" TIMESTAMP(3) DEFAULT now(),
    "fileId" TEXT,

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_email_key" ON "Device"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Device_payload_key" ON "Device"("payload");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentWithAVeryLongNameThatGoesOnAndOnForTruncation_amount_key" ON "PaymentWithAVeryLongNameThatGoesOnAndOnForTruncation"("amount");

-- CreateIndex
CREATE UNIQUE INDEX "File_slug_key" ON "File"("slug");

-- AddForeignKey
ALTER TABLE "PaymentWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "PaymentWithAVeryLongNameThatGoesOnAndOnForTruncation_fileS_fkey" FOREIGN KEY ("fileSlug") REFERENCES "File"("slug") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File"("id") ON DELETE SET NULL ON UPDATE CASCADE;
