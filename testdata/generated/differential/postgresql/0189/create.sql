-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('archived_value', 'INACTIVE');

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('INACTIVE');

-- CreateTable
CREATE TABLE "Project" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "endsAt" BIGINT NOT NULL,
    "flags_col" BOOLEAN,
    "tokenKind" "TokenKind" NOT NULL DEFAULT 'archived_value',
    "projectId" BIGINT,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" UUID NOT NULL,
    "count" CHAR(26) NOT NULL,
    "endsAt" BIGINT NOT NULL,
    "rank" DATE,
    "noteId" UUID,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "title" DOUBLE PRECISION NOT NULL,
    "level" DECIMAL,
    "count" DECIMAL(65,30) NOT NULL,
    "updatedAt" BYTEA NOT NULL,
    "isActive" BYTEA NOT NULL,
    "verified" TEXT DEFAULT 'hello',
    "noteId" UUID NOT NULL,
    "roleEmail" TEXT,
    "noteId2" UUID,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Team" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "flags" TEXT NOT NULL DEFAULT 'hello',
    "score" SMALLINT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "team_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "isActive" DOUBLE PRECISION,
    "hash" BOOLEAN,
    "createdAt" TEXT DEFAULT (gen_random_uuid())::text,
    "endsAt" BOOLEAN NOT NULL DEFAULT true,
    "raw" polygon,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_email_key" ON "Project"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Project_tokenKind_key" ON "Project"("tokenKind");

-- CreateIndex
CREATE INDEX "Note_noteId_idx" ON "Note"("noteId");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_handle_key" ON "Ticket"("handle");

-- CreateIndex
CREATE INDEX "Ticket_noteId_idx" ON "Ticket"("noteId");

-- CreateIndex
CREATE INDEX "Ticket_noteId2_idx" ON "Ticket"("noteId2");

-- CreateIndex
CREATE INDEX "Ticket_title_idx" ON "Ticket"("title");

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Team_flags_key" ON "Team"("flags");

-- CreateIndex
CREATE INDEX "Team_flags_idx" ON "Team"("flags");

-- CreateIndex
CREATE INDEX "Team_slug_idx" ON "Team" USING HASH ("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Role_email_key" ON "Role"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Role_isActive_key" ON "Role"("isActive");

-- CreateIndex
CREATE INDEX "Role_endsAt_idx" ON "Role"("endsAt");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_roleEmail_fkey" FOREIGN KEY ("roleEmail") REFERENCES "Role"("email") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_noteId2_fkey" FOREIGN KEY ("noteId2") REFERENCES "Note"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
