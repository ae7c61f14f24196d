-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "size" REAL NOT NULL DEFAULT 1.5,
    "name" INTEGER NOT NULL DEFAULT 0,
    "name2" BLOB NOT NULL,
    "flags_col" INTEGER NOT NULL DEFAULT -7,
    "email" JSONB NOT NULL,
    "postKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Refund_v2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" INTEGER DEFAULT 1,
    "verified" REAL DEFAULT 0,
    "name" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" REAL NOT NULL DEFAULT 1.5,
    "level" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_slug_key" ON "users"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "user_flags_uq" ON "users"("flags_col");

-- CreateIndex
CREATE INDEX "users_flags_col_idx" ON "users"("flags_col");

-- CreateIndex
CREATE INDEX "Refund_v2_data_ratio_idx" ON "Refund_v2"("data", "ratio");

-- CreateIndex
CREATE INDEX "Refund_v2_verified_idx" ON "Refund_v2"("verified");
