-- CreateTable
CREATE TABLE "Coupon" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" DECIMAL NOT NULL,
    "hash_col" BIGINT NOT NULL,
    "updatedAt" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "rank" BIGINT NOT NULL,
    "position" INTEGER NOT NULL,
    "body" DATETIME NOT NULL,
    "name" DECIMAL NOT NULL DEFAULT 2.25,
    "payload" DATETIME
);

-- CreateTable
CREATE TABLE "MemberEntry" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" BLOB,
    "email" REAL,
    "label" TEXT NOT NULL,
    "title" BIGINT NOT NULL,
    "flags" DECIMAL NOT NULL DEFAULT 1.5,
    "status" BLOB,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "roles" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" BOOLEAN,
    "isActive" BOOLEAN,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Rating_email_key" ON "Rating"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_position_key" ON "Rating"("position");

-- CreateIndex
CREATE INDEX "MemberEntry_title_idx" ON "MemberEntry"("title" DESC);

-- CreateIndex
CREATE INDEX "MemberEntry_label_idx" ON "MemberEntry"("label");

-- CreateIndex
CREATE INDEX "roles_label_idx" ON "roles"("label" DESC);

-- CreateIndex
CREATE INDEX "roles_label_status_idx" ON "roles"("label" DESC, "status");
