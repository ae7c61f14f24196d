-- CreateEnum
CREATE TYPE "CartKind" AS ENUM ('ACTIVE', 'INACTIVE');

-- CreateTable
CREATE TABLE "Role" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "size" BIT NOT NULL,
    "amount" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "payload" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "title" DECIMAL(18,5) NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "File" (
    "file_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "avatar" TIMESTAMPTZ NOT NULL,
    "isActive" INTEGER NOT NULL,
    "data" DECIMAL(65,30) NOT NULL,
    "payload" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "url" INTEGER NOT NULL,
    "cartKind" "CartKind" NOT NULL DEFAULT 'ACTIVE',
    "roletenantid_ref" TEXT,
    "roleNumber" INTEGER,

    CONSTRAINT "File_pkey" PRIMARY KEY ("file_id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" BIGSERIAL NOT NULL,
    "size" INTEGER DEFAULT -7,
    "size2" BIGINT[],
    "cartKind" "CartKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "orders" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "url" XML NOT NULL,
    "size" REAL NOT NULL,
    "count_col" BYTEA,
    "cartKind" "CartKind"[] DEFAULT ARRAY['ACTIVE']::"CartKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "fileId" UUID,

    CONSTRAINT "orders_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" TEXT NOT NULL,
    "data" JSONB DEFAULT '{"a": 1}',
    "color" TEXT,
    "amount" DOUBLE PRECISION[],
    "flags" INTEGER NOT NULL,
    "cartKind" "CartKind" NOT NULL DEFAULT 'INACTIVE',

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_FileToStore" (
    "A" UUID NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FileToStore_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_MemberToStore" (
    "A" BIGINT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MemberToStore_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Role_title_idx" ON "Role"("title");

-- CreateIndex
CREATE INDEX "Role_size_idx" ON "Role"("size");

-- CreateIndex
CREATE UNIQUE INDEX "File_email_key" ON "File"("email");

-- CreateIndex
CREATE INDEX "File_roletenantid_ref_roleNumber_idx" ON "File"("roletenantid_ref", "roleNumber");

-- CreateIndex
CREATE INDEX "File_url_idx" ON "File"("url" DESC);

-- CreateIndex
CREATE INDEX "File_isActive_roletenantid_ref_idx" ON "File"("isActive", "roletenantid_ref");

-- CreateIndex
CREATE INDEX "member_size_0_ix" ON "Member"("size");

-- CreateIndex
CREATE INDEX "Member_size_idx" ON "Member" USING HASH ("size");

-- CreateIndex
CREATE UNIQUE INDEX "orders_handle_key" ON "orders"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "orders_fileId_key" ON "orders"("fileId");

-- CreateIndex
CREATE INDEX "orders_handle_idx" ON "orders"("handle");

-- CreateIndex
CREATE INDEX "store_flags_0_ix" ON "Store"("flags" DESC);

-- CreateIndex
CREATE INDEX "Store_id_idx" ON "Store" USING SPGIST ("id");

-- CreateIndex
CREATE INDEX "_FileToStore_B_index" ON "_FileToStore"("B");

-- CreateIndex
CREATE INDEX "_MemberToStore_B_index" ON "_MemberToStore"("B");

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_roletenantid_ref_roleNumber_fkey" FOREIGN KEY ("roletenantid_ref", "roleNumber") REFERENCES "Role"("tenantId", "number") ON DELETE SET NULL ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File"("file_id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FileToStore" ADD CONSTRAINT "_FileToStore_A_fkey" FOREIGN KEY ("A") REFERENCES "File"("file_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FileToStore" ADD CONSTRAINT "_FileToStore_B_fkey" FOREIGN KEY ("B") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MemberToStore" ADD CONSTRAINT "_MemberToStore_A_fkey" FOREIGN KEY ("A") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MemberToStore" ADD CONSTRAINT "_MemberToStore_B_fkey" FOREIGN KEY ("B") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
