-- CreateEnum
CREATE TYPE "CouponKind" AS ENUM ('low_value', 'ACTIVE', 'draft', 'published_value');

-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('INACTIVE');

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "note" TEXT,
    "price" JSONB,
    "hash" BIGINT,
    "status" TIMETZ,
    "couponKind" "CouponKind"[] DEFAULT ARRAY['low_value']::"CouponKind"[],
    "fileId" INTEGER NOT NULL,
    "logId" BIGINT,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Log" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "slug2" INTEGER,
    "name" BOOLEAN NOT NULL DEFAULT false,
    "meta" BYTEA[],
    "color" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "level_col" TEXT DEFAULT 'it''s',
    "url" BIGINT NOT NULL,
    "teamKind" "TeamKind"[] DEFAULT ARRAY['INACTIVE']::"TeamKind"[],
    "logId" BIGINT,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "files" (
    "id" SERIAL NOT NULL,
    "body" TIME DEFAULT CURRENT_TIMESTAMP,
    "url_col" BOOLEAN NOT NULL DEFAULT true,
    "isActive" VARCHAR NOT NULL,
    "label" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" BIGINT NOT NULL,
    "hash" INTEGER NOT NULL,

    CONSTRAINT "files_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Role_handle_key" ON "Role"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Role_logId_key" ON "Role"("logId");

-- CreateIndex
CREATE INDEX "Role_note_idx" ON "Role" USING HASH ("note");

-- CreateIndex
CREATE INDEX "Role_handle_idx" ON "Role" USING SPGIST ("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Log_slug_key" ON "Log"("slug");

-- CreateIndex
CREATE INDEX "Log_name_idx" ON "Log"("name");

-- CreateIndex
CREATE INDEX "Log_name_url_idx" ON "Log"("name", "url");

-- CreateIndex
CREATE UNIQUE INDEX "files_isActive_note_key" ON "files"("isActive", "note");

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_logId_fkey" FOREIGN KEY ("logId") REFERENCES "Log"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "log_logid_fk" FOREIGN KEY ("logId") REFERENCES "Log"("id") ON DELETE SET NULL ON UPDATE CASCADE;
