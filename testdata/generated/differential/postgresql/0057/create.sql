-- CreateEnum
CREATE TYPE "projectkind_type" AS ENUM ('HIGH', 'PENDING');

-- CreateTable
CREATE TABLE "PriceItem" (
    "id" INTEGER NOT NULL,
    "rank" TIMESTAMP(3)[],
    "email" VARBIT NOT NULL,
    "projectKind" "projectkind_type" NOT NULL DEFAULT 'PENDING',

    CONSTRAINT "PriceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "items" (
    "id" SERIAL NOT NULL,
    "level" DECIMAL(13,0),
    "startsAt" TIME(2) NOT NULL,
    "hash" TEXT[],
    "version" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),
    "weight" INET[] DEFAULT ARRAY[]::INET[],

    CONSTRAINT "items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "size" DECIMAL(65,30) NOT NULL,
    "createdAt" DOUBLE PRECISION DEFAULT 1.5,
    "kind" TEXT NOT NULL DEFAULT 'fixed'::text,
    "url" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "note" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "itemId" INTEGER NOT NULL,
    "roleId" BIGINT,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "version" BIGINT[],
    "balance" JSONB NOT NULL,
    "raw" circle,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "position" TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP,
    "raw" lseg,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PriceItem_email_idx" ON "PriceItem"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Role_slug_key" ON "Role"("slug");

-- CreateIndex
CREATE INDEX "Role_roleId_idx" ON "Role"("roleId");

-- CreateIndex
CREATE INDEX "Role_itemId_idx" ON "Role" USING BRIN ("itemId");

-- CreateIndex
CREATE INDEX "Ticket_balance_idx" ON "Ticket" USING GIN ("balance" jsonb_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Price_handle_key" ON "Price"("handle");

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "role_roleid_fk" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE SET NULL ON UPDATE CASCADE;
