-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "publishedAt" DECIMAL NOT NULL,
    "ratio" JSONB NOT NULL,
    "channelid_ref" TEXT,
    CONSTRAINT "Region_channelid_ref_fkey" FOREIGN KEY ("channelid_ref") REFERENCES "Channel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "isActive" DECIMAL NOT NULL DEFAULT 2.25,
    "name" JSONB
);

-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "slug" DATETIME NOT NULL,
    "avatar" DECIMAL,
    "kind" JSONB,
    "note" DECIMAL NOT NULL DEFAULT 2.25,
    "rank" BOOLEAN
);

-- CreateTable
CREATE TABLE "plans" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "flags" BLOB NOT NULL,
    "hash" DATETIME NOT NULL,
    "secret_col" BIGINT NOT NULL,
    "planId" TEXT,
    CONSTRAINT "plans_planId_fkey" FOREIGN KEY ("planId") REFERENCES "plans" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "flags" INTEGER,
    "slug" BOOLEAN NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_email_key" ON "Region"("email");

-- CreateIndex
CREATE INDEX "Region_channelid_ref_idx" ON "Region"("channelid_ref");

-- CreateIndex
CREATE INDEX "Invoice_isActive_idx" ON "Invoice"("isActive" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "File_email_key" ON "File"("email");

-- CreateIndex
CREATE INDEX "File_avatar_idx" ON "File"("avatar");

-- CreateIndex
CREATE INDEX "file_email_1_ix" ON "File"("email");

-- CreateIndex
CREATE UNIQUE INDEX "plans_handle_key" ON "plans"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "plans_planId_key" ON "plans"("planId");

-- CreateIndex
CREATE INDEX "plans_handle_idx" ON "plans"("handle");

-- CreateIndex
CREATE INDEX "plan_handle_1_ix" ON "plans"("handle");
