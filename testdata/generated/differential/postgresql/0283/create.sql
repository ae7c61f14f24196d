-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateTable
CREATE TABLE "comments" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "amount" VARCHAR NOT NULL,
    "payload" BYTEA,
    "createdAt" CHAR(29) NOT NULL DEFAULT 'abcdefgh',
    "avatar" BIT(6),

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "color" TEXT DEFAULT 'hello',

    CONSTRAINT "Role_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "files" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "hash" DECIMAL(65,30),
    "slug" BIGINT NOT NULL,
    "code" OID NOT NULL,
    "hash2" BYTEA,
    "email" DOUBLE PRECISION NOT NULL,
    "fileTenantId" TEXT,
    "fileNumber" INTEGER,
    "regionRoleEmail" TEXT NOT NULL,
    "regionFileTenantId" TEXT NOT NULL,
    "regionFileNumber" INTEGER NOT NULL,

    CONSTRAINT "files_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Log" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "avatar" BIGINT NOT NULL,

    CONSTRAINT "log_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Region" (
    "roleEmail" TEXT NOT NULL,
    "fileTenantId" TEXT NOT NULL,
    "fileNumber" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("roleEmail","fileTenantId","fileNumber")
);

-- CreateIndex
CREATE UNIQUE INDEX "comments_email_key" ON "comments"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Role_email_key" ON "Role"("email");

-- CreateIndex
CREATE INDEX "files_fileTenantId_fileNumber_idx" ON "files"("fileTenantId", "fileNumber");

-- CreateIndex
CREATE INDEX "Log_avatar_idx" ON "Log"("avatar");

-- CreateIndex
CREATE INDEX "log_avatar_1_ix" ON "Log"("avatar");

-- CreateIndex
CREATE INDEX "Region_roleEmail_idx" ON "Region" USING SPGIST ("roleEmail");

-- AddForeignKey
ALTER TABLE "files" ADD CONSTRAINT "files_fileTenantId_fileNumber_fkey" FOREIGN KEY ("fileTenantId", "fileNumber") REFERENCES "files"("tenantId", "number") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "files" ADD CONSTRAINT "files_regionRoleEmail_regionFileTenantId_regionFileNumber_fkey" FOREIGN KEY ("regionRoleEmail", "regionFileTenantId", "regionFileNumber") REFERENCES "Region"("roleEmail", "fileTenantId", "fileNumber") ON DELETE NO ACTION ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_roleEmail_fkey" FOREIGN KEY ("roleEmail") REFERENCES "Role"("email") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_fileTenantId_fileNumber_fkey" FOREIGN KEY ("fileTenantId", "fileNumber") REFERENCES "files"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;
