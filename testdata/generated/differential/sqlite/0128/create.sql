-- CreateTable
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" JSONB NOT NULL,
    "avatar_col" DECIMAL NOT NULL DEFAULT 2.25,
    "version" DECIMAL,
    "code" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "status_col" INTEGER,
    "hash" TEXT NOT NULL,
    "startsAt" DATETIME
);

-- CreateTable
CREATE TABLE "Store" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publishedAt" INTEGER,
    "size" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "total" BOOLEAN NOT NULL,
    "payload" DATETIME,
    "isActive" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "note" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "Address" (
    "profileId" INTEGER NOT NULL,
    "storeId" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("profileId", "storeId"),
    CONSTRAINT "Address_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Address_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Session_email_key" ON "Session"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_hash_key" ON "Session"("hash");

-- CreateIndex
CREATE INDEX "Session_email_idx" ON "Session"("email" DESC);

-- CreateIndex
CREATE INDEX "session_hash_1_ix" ON "Session"("hash");
