-- CreateEnum
CREATE TYPE "LogKind" AS ENUM ('DONE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('INACTIVE', 'LOW');

-- CreateTable
CREATE TABLE "Review" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "size" INTEGER NOT NULL DEFAULT (1 + 2),
    "avatar" INTEGER NOT NULL,
    "tokenKind" "TokenKind" NOT NULL DEFAULT 'LOW',
    "reviewTenantId" TEXT,
    "reviewNumber" INTEGER,

    CONSTRAINT "review_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "File" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TIMESTAMP(3) NOT NULL,
    "publishedAt" BOOLEAN NOT NULL,
    "version" DECIMAL NOT NULL,
    "total" BIGINT NOT NULL DEFAULT 1234567890123,
    "weight" BOOLEAN,
    "payload" INTEGER,
    "logKind" "LogKind" NOT NULL,
    "fileSlug" TEXT,

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "weight" DECIMAL NOT NULL,
    "secret" BOOLEAN NOT NULL,
    "label_col" TEXT,
    "secret2_col" TIMESTAMP(3) NOT NULL,
    "logKind" "LogKind" NOT NULL,
    "raw" int4range,
    "deviceId" INTEGER,

    CONSTRAINT "team_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "devices" (
    "id" INTEGER NOT NULL,
    "kind" DOUBLE PRECISION NOT NULL,
    "weight" BYTEA NOT NULL,
    "verified" JSON,
    "secret" DOUBLE PRECISION DEFAULT -2.25,
    "size" DATE,
    "tokenKind" "TokenKind",
    "reviewTenantId" TEXT,
    "reviewNumber" INTEGER,
    "teamTenantId" TEXT NOT NULL,
    "teamNumber" INTEGER NOT NULL,

    CONSTRAINT "devices_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Review_reviewTenantId_reviewNumber_key" ON "Review"("reviewTenantId", "reviewNumber");

-- CreateIndex
CREATE UNIQUE INDEX "File_slug_key" ON "File"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "File_payload_key" ON "File"("payload");

-- CreateIndex
CREATE INDEX "File_fileSlug_idx" ON "File"("fileSlug");

-- CreateIndex
CREATE INDEX "File_payload_idx" ON "File"("payload" DESC);

-- CreateIndex
CREATE INDEX "Team_deviceId_idx" ON "Team"("deviceId");

-- CreateIndex
CREATE UNIQUE INDEX "devices_kind_key" ON "devices"("kind");

-- CreateIndex
CREATE INDEX "devices_teamTenantId_teamNumber_idx" ON "devices"("teamTenantId", "teamNumber");

-- CreateIndex
CREATE INDEX "devices_teamTenantId_idx" ON "devices"("teamTenantId" DESC);

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewTenantId_reviewNumber_fkey" FOREIGN KEY ("reviewTenantId", "reviewNumber") REFERENCES "Review"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_fileSlug_fkey" FOREIGN KEY ("fileSlug") REFERENCES "File"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "devices"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "devices" ADD CONSTRAINT "devices_reviewTenantId_reviewNumber_fkey" FOREIGN KEY ("reviewTenantId", "reviewNumber") REFERENCES "Review"("tenantId", "number") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "devices" ADD CONSTRAINT "devices_teamTenantId_teamNumber_fkey" FOREIGN KEY ("teamTenantId", "teamNumber") REFERENCES "Team"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;
