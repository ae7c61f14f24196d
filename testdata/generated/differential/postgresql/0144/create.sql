-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('ARCHIVED', 'Published', 'PENDING', 'INACTIVE');

-- CreateEnum
CREATE TYPE "TaskItemKind" AS ENUM ('Published', 'pending_value');

-- CreateTable
CREATE TABLE "PaymentHistory" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "verified" OID DEFAULT 60,
    "amount" INTEGER NOT NULL,
    "size" BIGINT NOT NULL DEFAULT 0,
    "avatar_col" TIMESTAMP(3) NOT NULL,
    "startsAt" TIMESTAMP(3),
    "position" BIGINT,
    "taskItemKind" "TaskItemKind"[] DEFAULT ARRAY['Published']::"TaskItemKind"[],
    "paymentHistoryId" UUID,

    CONSTRAINT "PaymentHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "role_id" UUID NOT NULL,
    "score" TEXT NOT NULL,
    "slug" TEXT,
    "taskItemKind" "TaskItemKind",

    CONSTRAINT "Role_pkey" PRIMARY KEY ("role_id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL,
    "secret_col" DECIMAL(25,1) DEFAULT 1.5,
    "endsAt" TEXT NOT NULL DEFAULT 'it''s',
    "expiresAt" OID,
    "startsat_col" INTEGER DEFAULT 0,

    CONSTRAINT "team_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "isActive" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "count" DECIMAL(65,30) DEFAULT 0,
    "color_col" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" INTEGER,
    "invoiceId" UUID,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "paymentHistoryId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("paymentHistoryId","invoiceId")
);

-- CreateIndex
CREATE INDEX "PaymentHistory_startsAt_paymentHistoryId_idx" ON "PaymentHistory"("startsAt" DESC, "paymentHistoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Team_endsAt_key" ON "Team"("endsAt");

-- CreateIndex
CREATE INDEX "Team_secret_col_idx" ON "Team"("secret_col" DESC);

-- CreateIndex
CREATE INDEX "team_secret_1_ix" ON "Team"("secret_col");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_slug_key" ON "Invoice"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_updatedAt_key" ON "Invoice"("updatedAt");

-- CreateIndex
CREATE INDEX "Invoice_invoiceId_idx" ON "Invoice"("invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_count_updatedAt_key" ON "Invoice"("count", "updatedAt");

-- AddForeignKey
ALTER TABLE "PaymentHistory" ADD CONSTRAINT "paymenthistory_paymenthistoryid_fk" FOREIGN KEY ("paymentHistoryId") REFERENCES "PaymentHistory"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_paymen_fkey" FOREIGN KEY ("paymentHistoryId") REFERENCES "PaymentHistory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_invoic_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
