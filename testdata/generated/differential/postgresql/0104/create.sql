-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('done_value');

-- CreateEnum
CREATE TYPE "categorykind_type" AS ENUM ('INACTIVE', 'ACTIVE');

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "status" DECIMAL(65,30) NOT NULL DEFAULT 1.5,
    "avatar" VARCHAR(160) NOT NULL DEFAULT 'back\slash',
    "total" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "slug" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "secret" TEXT,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" BIGSERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "meta" JSONB NOT NULL,
    "balance" INTEGER NOT NULL,
    "expiresAt" BYTEA,
    "userId" BIGINT,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoteEntry" (
    "id" BIGSERIAL NOT NULL,
    "startsAt" BIGINT[],
    "score" SMALLINT,
    "hash" XML NOT NULL,
    "email" BOOLEAN NOT NULL,
    "position" TIMESTAMPTZ,
    "categoryKind" "categorykind_type" NOT NULL,
    "commentId" INTEGER NOT NULL,

    CONSTRAINT "NoteEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "balance" TIMESTAMP(3) DEFAULT (now() + '1 day'::interval),
    "isActive" DECIMAL(65,30) NOT NULL,
    "weight" OID DEFAULT 64,
    "flags" TEXT[],
    "categoryKind" "categorykind_type"[] DEFAULT ARRAY['INACTIVE']::"categorykind_type"[],

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_TicketToUser" (
    "A" INTEGER NOT NULL,
    "B" BIGINT NOT NULL,

    CONSTRAINT "_TicketToUser_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_handle_key" ON "Ticket"("handle");

-- CreateIndex
CREATE INDEX "Ticket_avatar_idx" ON "Ticket"("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "User_handle_key" ON "User"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "User_userId_key" ON "User"("userId");

-- CreateIndex
CREATE INDEX "User_balance_idx" ON "User"("balance");

-- CreateIndex
CREATE INDEX "User_userId_idx" ON "User"("userId");

-- CreateIndex
CREATE INDEX "NoteEntry_commentId_idx" ON "NoteEntry"("commentId");

-- CreateIndex
CREATE INDEX "NoteEntry_categoryKind_idx" ON "NoteEntry"("categoryKind");

-- CreateIndex
CREATE INDEX "NoteEntry_email_idx" ON "NoteEntry"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_email_key" ON "Comment"("email");

-- CreateIndex
CREATE INDEX "Comment_email_idx" ON "Comment" USING SPGIST ("email");

-- CreateIndex
CREATE INDEX "_TicketToUser_B_index" ON "_TicketToUser"("B");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteEntry" ADD CONSTRAINT "NoteEntry_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TicketToUser" ADD CONSTRAINT "_TicketToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TicketToUser" ADD CONSTRAINT "_TicketToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
