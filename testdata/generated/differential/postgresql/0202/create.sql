-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('draft');

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL,
    "email" DECIMAL(65,30),
    "publishedAt" INET NOT NULL DEFAULT '127.0.0.1',
    "status" BYTEA NOT NULL,
    "folderHistoryId" INTEGER,
    "projectId" INTEGER,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "title" VARCHAR(85)[],
    "amount" BIGINT,
    "updatedAt" REAL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Token" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "size" DECIMAL(22,4),
    "note" JSON DEFAULT '{}',
    "title" OID NOT NULL DEFAULT 32,
    "planKind" "PlanKind" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "tokenHandle" TEXT,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "FolderHistory" (
    "id" SERIAL NOT NULL,
    "endsAt" JSONB DEFAULT '{}',
    "amount" DOUBLE PRECISION NOT NULL,
    "avatar" DECIMAL(65,30)[],
    "count" TIMESTAMP(3),
    "createdAt" TIMESTAMPTZ(1) NOT NULL,
    "planKind" "PlanKind" DEFAULT 'draft',

    CONSTRAINT "FolderHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_folderHistoryId_key" ON "User"("folderHistoryId");

-- CreateIndex
CREATE UNIQUE INDEX "User_projectId_key" ON "User"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_userId_key" ON "Project"("userId");

-- CreateIndex
CREATE INDEX "Project_amount_userId_idx" ON "Project"("amount", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Token_handle_key" ON "Token"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "FolderHistory_count_key" ON "FolderHistory"("count");

-- CreateIndex
CREATE INDEX "FolderHistory_count_idx" ON "FolderHistory"("count");

-- CreateIndex
CREATE INDEX "FolderHistory_createdAt_idx" ON "FolderHistory"("createdAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "user_folderhistoryid_fk" FOREIGN KEY ("folderHistoryId") REFERENCES "FolderHistory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "token_tokenhandle_fk" FOREIGN KEY ("tokenHandle") REFERENCES "Token"("handle") ON DELETE CASCADE ON UPDATE CASCADE;
