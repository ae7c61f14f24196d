-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('INACTIVE', 'LOW');

-- CreateTable
CREATE TABLE "ShipmentEntry" (
    "shipmententry_id" UUID NOT NULL,
    "body" DOUBLE PRECISION,
    "balance_col" INTEGER NOT NULL DEFAULT 42,
    "score" BIGINT NOT NULL,
    "title" BYTEA,

    CONSTRAINT "ShipmentEntry_pkey" PRIMARY KEY ("shipmententry_id")
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL,
    "total" JSONB,
    "total2" BOOLEAN NOT NULL,
    "name" TIMESTAMP(5) DEFAULT CURRENT_TIMESTAMP,
    "position" BIGINT NOT NULL,
    "amount" JSONB NOT NULL,
    "balance" DOUBLE PRECISION NOT NULL,
    "projectid_ref" INTEGER,
    "commentId" INTEGER NOT NULL,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ratings" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "payload" JSON NOT NULL DEFAULT '{}',
    "eventKind" "EventKind" NOT NULL,
    "ratingTenantId" TEXT,
    "ratingnumber_ref" INTEGER,

    CONSTRAINT "ratings_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "publishedAt" INET[] DEFAULT ARRAY[]::INET[],
    "kind" VARBIT(10) NOT NULL DEFAULT '1111',
    "note" TEXT,
    "version" OID NOT NULL DEFAULT 49,
    "expiresAt" DECIMAL(65,30) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "total" TIME DEFAULT CURRENT_TIMESTAMP,
    "balance" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "auditId" TEXT NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Log" (
    "id" TEXT NOT NULL,
    "avatar" BYTEA[],

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "shipmententry_score_0_ix" ON "ShipmentEntry"("score");

-- CreateIndex
CREATE INDEX "ShipmentEntry_balance_col_idx" ON "ShipmentEntry" USING BRIN ("balance_col");

-- CreateIndex
CREATE INDEX "Audit_projectid_ref_idx" ON "Audit"("projectid_ref");

-- CreateIndex
CREATE INDEX "Audit_commentId_idx" ON "Audit"("commentId" DESC);

-- CreateIndex
CREATE INDEX "ratings_eventKind_idx" ON "ratings"("eventKind");

-- CreateIndex
CREATE INDEX "ratings_ratingnumber_ref_eventKind_idx" ON "ratings"("ratingnumber_ref", "eventKind");

-- CreateIndex
CREATE INDEX "Project_note_idx" ON "Project" USING HASH ("note");

-- CreateIndex
CREATE INDEX "Project_version_kind_idx" ON "Project"("version" DESC, "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Project_note_expiresAt_key" ON "Project"("note", "expiresAt");

-- CreateIndex
CREATE INDEX "Comment_publishedAt_idx" ON "Comment"("publishedAt");

-- CreateIndex
CREATE INDEX "Comment_balance_idx" ON "Comment"("balance");

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_projectid_ref_fkey" FOREIGN KEY ("projectid_ref") REFERENCES "Project"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE SET DEFAULT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_ratingTenantId_ratingnumber_ref_fkey" FOREIGN KEY ("ratingTenantId", "ratingnumber_ref") REFERENCES "ratings"("tenantId", "number") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;
