-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL,
    "publishedAt" BIGINT,
    "version" TIMESTAMP(3) NOT NULL,
    "level" JSONB NOT NULL DEFAULT '{"a": 1}',
    "version2" SMALLINT NOT NULL,
    "note" TIMESTAMPTZ NOT NULL,
    "ratio" BIGINT DEFAULT 1234567890123,
    "memberId" INTEGER,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "email" DECIMAL(65,30) DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "endsAt" DOUBLE PRECISION NOT NULL DEFAULT -2.25,
    "note" TEXT NOT NULL,
    "expiresAt" TEXT NOT NULL,
    "updatedAt" JSONB,
    "level_col" TIMESTAMP(3) NOT NULL,
    "sessionId" INTEGER,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_TokenToSession16" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_TokenToSession16_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Token_note_key" ON "Token"("note");

-- CreateIndex
CREATE INDEX "Token_memberId_idx" ON "Token"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_email_key" ON "Member"("email");

-- CreateIndex
CREATE INDEX "_TokenToSession16_B_index" ON "_TokenToSession16"("B");

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TokenToSession16" ADD CONSTRAINT "_TokenToSession16_A_fkey" FOREIGN KEY ("A") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TokenToSession16" ADD CONSTRAINT "_TokenToSession16_B_fkey" FOREIGN KEY ("B") REFERENCES "Token"("id") ON DELETE CASCADE ON UPDATE CASCADE;
