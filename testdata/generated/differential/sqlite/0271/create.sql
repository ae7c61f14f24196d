-- CreateTable
CREATE TABLE "addresshistorys" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" JSONB,
    "weight" BIGINT,
    "position_col" TEXT,
    "updatedAt" INTEGER NOT NULL DEFAULT -7,
    "weight2_col" TEXT,
    "regionKind" TEXT NOT NULL,
    "profileId" INTEGER NOT NULL,
    CONSTRAINT "addresshistorys_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "total" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "secret" TEXT NOT NULL,
    "verified" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "url" BLOB,
    "verified2" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "_AddressHistoryToProfile" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AddressHistoryToProfile_A_fkey" FOREIGN KEY ("A") REFERENCES "addresshistorys" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AddressHistoryToProfile_B_fkey" FOREIGN KEY ("B") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "addresshistorys_profileId_idx" ON "addresshistorys"("profileId");

-- CreateIndex
CREATE INDEX "addresshistory_weight_0_ix" ON "addresshistorys"("weight" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Profile_email_key" ON "Profile"("email");

-- CreateIndex
CREATE INDEX "Profile_secret_idx" ON "Profile"("secret");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_total_secret_key" ON "Profile"("total", "secret");

-- CreateIndex
CREATE INDEX "Role_expiresAt_idx" ON "Role"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "_AddressHistoryToProfile_AB_unique" ON "_AddressHistoryToProfile"("A", "B");

-- CreateIndex
CREATE INDEX "_AddressHistoryToProfile_B_index" ON "_AddressHistoryToProfile"("B");
