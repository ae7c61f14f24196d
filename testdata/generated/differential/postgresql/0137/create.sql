-- CreateEnum
CREATE TYPE "folderkind_type" AS ENUM ('ARCHIVED', 'draft', 'PENDING');

-- CreateEnum
CREATE TYPE "CartKind" AS ENUM ('Published');

-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "slug" TIMESTAMP(3) DEFAULT (now() + '1 day'::interval),
    "code" BIT(1) NOT NULL,
    "logId" BIGINT,
    "itemId" INTEGER,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "secret" TEXT DEFAULT 'it''s',
    "body" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "version" MONEY,
    "expiresAt" TEXT NOT NULL,
    "label" BYTEA NOT NULL,
    "isActive" SMALLINT,
    "raw" macaddr,
    "itemId" INTEGER,
    "noteTenantId" TEXT,
    "noteNumber" INTEGER,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Log" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "meta_col" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    "body" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedat_col" TIMESTAMP(3) DEFAULT now(),

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Item_handle_key" ON "Item"("handle");

-- CreateIndex
CREATE INDEX "Item_logId_idx" ON "Item"("logId");

-- CreateIndex
CREATE INDEX "Note_itemId_idx" ON "Note"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "Note_noteTenantId_noteNumber_key" ON "Note"("noteTenantId", "noteNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Log_email_key" ON "Log"("email");

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_logId_fkey" FOREIGN KEY ("logId") REFERENCES "Log"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "item_itemid_fk" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_noteTenantId_noteNumber_fkey" FOREIGN KEY ("noteTenantId", "noteNumber") REFERENCES "Note"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;
