-- CreateTable
CREATE TABLE "Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "status" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "hash" INTEGER,
    "publishedAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TEXT NOT NULL,
    "body" REAL NOT NULL DEFAULT -2.25,
    "folderKind" TEXT NOT NULL,
    "raw" geometry
);

-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "total" INTEGER NOT NULL,
    "weight_col" DECIMAL NOT NULL DEFAULT 0,
    "fileId" TEXT,
    "couponEmail" TEXT NOT NULL,
    CONSTRAINT "File_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "File_couponEmail_fkey" FOREIGN KEY ("couponEmail") REFERENCES "Coupon" ("email") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "hash" INTEGER DEFAULT 1,
    "email" INTEGER,
    "payload" DECIMAL,
    "meta" JSONB NOT NULL,
    "kind" BLOB NOT NULL,
    "rank" INTEGER NOT NULL,
    "raw" money,
    "couponEmail" TEXT NOT NULL,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "Event_couponEmail_fkey" FOREIGN KEY ("couponEmail") REFERENCES "Coupon" ("email") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT -7,
    "flags" BIGINT NOT NULL DEFAULT 1234567890123,
    "folderKind" TEXT NOT NULL DEFAULT 'ARCHIVED'
);

-- CreateIndex
CREATE UNIQUE INDEX "Note_slug_key" ON "Note"("slug");

-- CreateIndex
CREATE INDEX "File_fileId_idx" ON "File"("fileId" DESC);

-- CreateIndex
CREATE INDEX "File_weight_col_idx" ON "File"("weight_col" DESC);

-- CreateIndex
CREATE INDEX "Event_couponEmail_idx" ON "Event"("couponEmail");

-- CreateIndex
CREATE INDEX "Event_hash_idx" ON "Event"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_email_key" ON "Coupon"("email");

-- CreateIndex
CREATE INDEX "Coupon_folderKind_idx" ON "Coupon"("folderKind" DESC);

-- CreateIndex
CREATE INDEX "Coupon_weight_idx" ON "Coupon"("weight");
