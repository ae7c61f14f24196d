-- CreateEnum
CREATE TYPE "UserWithAVeryLongNameThatGoesOnAndOnForTruncationKind" AS ENUM ('draft');

-- CreateEnum
CREATE TYPE "CouponKind" AS ENUM ('ARCHIVED');

-- CreateTable
CREATE TABLE "Payment" (
    "id" SERIAL NOT NULL,
    "hash_col" INET NOT NULL,
    "updatedAt" TIMETZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" BOOLEAN NOT NULL,
    "userWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "UserWithAVeryLongNameThatGoesOnAndOnForTruncationKind" NOT NULL DEFAULT 'draft',

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "secret" TIMESTAMPTZ NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "slug2" INTEGER NOT NULL,
    "weight" OID DEFAULT 29,
    "userWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "UserWithAVeryLongNameThatGoesOnAndOnForTruncationKind"[] DEFAULT ARRAY['draft']::"UserWithAVeryLongNameThatGoesOnAndOnForTruncationKind"[],
    "noteId" TEXT,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "color" DOUBLE PRECISION DEFAULT -2.25,
    "userWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "UserWithAVeryLongNameThatGoesOnAndOnForTruncationKind"[] DEFAULT ARRAY['draft']::"UserWithAVeryLongNameThatGoesOnAndOnForTruncationKind"[],

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "expiresAt" DOUBLE PRECISION NOT NULL DEFAULT -2.25,
    "noteId" TEXT,
    "paymentId" INTEGER NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Payment_note_hash_col_key" ON "Payment"("note", "hash_col");

-- CreateIndex
CREATE UNIQUE INDEX "Note_slug_key" ON "Note"("slug");

-- CreateIndex
CREATE INDEX "Note_noteId_idx" ON "Note"("noteId");

-- CreateIndex
CREATE UNIQUE INDEX "plan_color_uq" ON "Plan"("color");

-- CreateIndex
CREATE INDEX "Plan_color_idx" ON "Plan"("color");

-- CreateIndex
CREATE INDEX "plan_color_1_ix" ON "Plan"("color" DESC);

-- CreateIndex
CREATE INDEX "Order_noteId_idx" ON "Order"("noteId" DESC);

-- CreateIndex
CREATE INDEX "Order_paymentId_idx" ON "Order"("paymentId");

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
