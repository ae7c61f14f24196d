-- CreateEnum
CREATE TYPE "ProfileKind" AS ENUM ('HIGH', 'Published');

-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('done_value', 'INACTIVE');

-- CreateTable
CREATE TABLE "Note2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "amount" TEXT NOT NULL,
    "startsAt" TEXT NOT NULL,
    "startsAt2" TEXT DEFAULT '',
    "avatar" JSONB NOT NULL,
    "title" DOUBLE PRECISION NOT NULL,
    "isActive" CHAR(12),
    "raw" cidr,

    CONSTRAINT "Note2_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "files" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "title" TIMESTAMP(4) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "label" JSONB DEFAULT '{"a": 1}',
    "label2" TEXT,
    "updatedAt" INTEGER NOT NULL DEFAULT (1 + 2),
    "count" TIMESTAMP DEFAULT (now() + '1 day'::interval),
    "profileKind" "ProfileKind" NOT NULL DEFAULT 'Published',
    "fileTenantId" TEXT,
    "fileNumber" INTEGER,

    CONSTRAINT "files_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "TeamItem" (
    "id" TEXT NOT NULL,
    "label_col" INTEGER NOT NULL DEFAULT 0,
    "startsAt" DOUBLE PRECISION NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "code" BOOLEAN NOT NULL,
    "label2_col" TIMESTAMP(0) NOT NULL,

    CONSTRAINT "TeamItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "count" DOUBLE PRECISION,
    "raw" tsquery,

    CONSTRAINT "invoice_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "messageentrys" (
    "id" SERIAL NOT NULL,
    "total" JSONB NOT NULL DEFAULT '{}',
    "kind" DOUBLE PRECISION NOT NULL,
    "score" INTEGER NOT NULL DEFAULT -7,
    "size" BYTEA,
    "position" BYTEA,
    "ratio" INTEGER NOT NULL,

    CONSTRAINT "messageentrys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "teamItemId" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("teamItemId","invoiceId")
);

-- CreateIndex
CREATE INDEX "note2_startsat2_0_ix" ON "Note2"("startsAt2" DESC, "isActive");

-- CreateIndex
CREATE UNIQUE INDEX "files_email_key" ON "files"("email");

-- CreateIndex
CREATE INDEX "files_title_idx" ON "files" USING HASH ("title");

-- CreateIndex
CREATE INDEX "files_updatedAt_email_idx" ON "files"("updatedAt", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_count_key" ON "Invoice"("count" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "messageentrys_kind_key" ON "messageentrys"("kind");

-- CreateIndex
CREATE INDEX "messageentrys_score_idx" ON "messageentrys"("score");

-- CreateIndex
CREATE UNIQUE INDEX "messageentry_pair_key" ON "messageentrys"("ratio", "score");

-- CreateIndex
CREATE INDEX "Folder_invoiceId_idx" ON "Folder" USING SPGIST ("invoiceId");

-- AddForeignKey
ALTER TABLE "files" ADD CONSTRAINT "files_fileTenantId_fileNumber_fkey" FOREIGN KEY ("fileTenantId", "fileNumber") REFERENCES "files"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_teamItemId_fkey" FOREIGN KEY ("teamItemId") REFERENCES "TeamItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
