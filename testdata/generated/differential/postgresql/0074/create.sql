-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('HIGH');

-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('Published', 'INACTIVE');

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "name" DECIMAL(11,5),
    "balance" JSON NOT NULL,
    "tokenKind" "TokenKind"[],
    "folderId" TEXT,
    "projectId" INTEGER,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "folder_id" TEXT NOT NULL,
    "verified" TIMESTAMP NOT NULL,
    "price" JSON,
    "tokenKind" "TokenKind" NOT NULL DEFAULT 'INACTIVE',

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("folder_id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SMALLSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "startsAt" TEXT NOT NULL,
    "startsAt2" TEXT NOT NULL,
    "avatar" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "publishedAt" DECIMAL(65,30) NOT NULL,
    "position" BOOLEAN NOT NULL,
    "payload" DECIMAL(65,30),
    "productKind" "ProductKind" DEFAULT 'HIGH',
    "raw" circle,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Log" (
    "id" TEXT NOT NULL,
    "balance_col" BOOLEAN,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" SERIAL NOT NULL,
    "note" INTEGER NOT NULL,
    "name" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "email" BIGINT DEFAULT 1234567890123,
    "score_col" OID DEFAULT 10,
    "weight" BIGINT[],
    "productKind" "ProductKind"[],
    "messageId" INTEGER,
    "messageid2_ref" INTEGER,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_name_key" ON "Project"("name");

-- CreateIndex
CREATE INDEX "Project_folderId_idx" ON "Project"("folderId");

-- CreateIndex
CREATE INDEX "Project_projectId_idx" ON "Project"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_tokenKind_key" ON "Folder"("tokenKind");

-- CreateIndex
CREATE INDEX "Folder_tokenKind_idx" ON "Folder"("tokenKind" DESC);

-- CreateIndex
CREATE INDEX "Folder_verified_idx" ON "Folder"("verified");

-- CreateIndex
CREATE UNIQUE INDEX "Session_email_key" ON "Session"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_payload_uq" ON "Session"("payload");

-- CreateIndex
CREATE INDEX "Session_payload_idx" ON "Session"("payload");

-- CreateIndex
CREATE INDEX "session_startsat_1_ix" ON "Session"("startsAt", "email");

-- CreateIndex
CREATE INDEX "log_balance_0_ix" ON "Log"("balance_col");

-- CreateIndex
CREATE INDEX "Log_balance_col_idx" ON "Log"("balance_col");

-- CreateIndex
CREATE INDEX "Log_id_idx" ON "Log" USING SPGIST ("id");

-- CreateIndex
CREATE UNIQUE INDEX "Message_score_col_key" ON "Message"("score_col");

-- CreateIndex
CREATE INDEX "Message_messageId_idx" ON "Message"("messageId");

-- CreateIndex
CREATE INDEX "Message_note_messageid2_ref_idx" ON "Message"("note" DESC, "messageid2_ref");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder"("folder_id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_messageid2_ref_fkey" FOREIGN KEY ("messageid2_ref") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;
