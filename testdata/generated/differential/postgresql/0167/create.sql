-- CreateEnum
CREATE TYPE "ChannelKind" AS ENUM ('draft', 'published_value');

-- CreateTable
CREATE TABLE "audits" (
    "id" SMALLSERIAL NOT NULL,
    "kind" BIT NOT NULL,
    "rank" TEXT NOT NULL DEFAULT 'hello',
    "amount" REAL NOT NULL,
    "auditId" SMALLINT,

    CONSTRAINT "audits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Token" (
    "id" SERIAL NOT NULL,
    "status_col" BOOLEAN,
    "raw" polygon,
    "tokenId" INTEGER,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "File" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "secret" BOOLEAN NOT NULL,
    "channelKind" "ChannelKind" NOT NULL DEFAULT 'draft',

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "count" TEXT NOT NULL,
    "channelKind" "ChannelKind" NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "roleId" INTEGER NOT NULL,
    "auditId" SMALLINT NOT NULL,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("roleId","auditId")
);

-- CreateIndex
CREATE UNIQUE INDEX "audits_auditId_key" ON "audits"("auditId");

-- CreateIndex
CREATE INDEX "audit_rank_0_ix" ON "audits"("rank");

-- CreateIndex
CREATE INDEX "audits_auditId_rank_idx" ON "audits"("auditId", "rank");

-- CreateIndex
CREATE INDEX "Token_tokenId_idx" ON "Token"("tokenId");

-- CreateIndex
CREATE INDEX "token_tokenid_0_ix" ON "Token" USING BRIN ("tokenId");

-- CreateIndex
CREATE INDEX "Token_status_col_idx" ON "Token"("status_col");

-- CreateIndex
CREATE UNIQUE INDEX "File_email_key" ON "File"("email");

-- CreateIndex
CREATE INDEX "File_email_idx" ON "File"("email" DESC);

-- CreateIndex
CREATE INDEX "File_secret_idx" ON "File"("secret");

-- CreateIndex
CREATE UNIQUE INDEX "Role_channelKind_key" ON "Role"("channelKind");

-- CreateIndex
CREATE INDEX "Role_channelKind_count_idx" ON "Role"("channelKind", "count");

-- CreateIndex
CREATE INDEX "role_channelkind_1_ix" ON "Role"("channelKind", "count");

-- CreateIndex
CREATE INDEX "Role_count_idx" ON "Role" USING SPGIST ("count");

-- CreateIndex
CREATE UNIQUE INDEX "role_pair_key" ON "Role"("count", "channelKind");

-- AddForeignKey
ALTER TABLE "audits" ADD CONSTRAINT "audits_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "audits"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "Token"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE CASCADE;
