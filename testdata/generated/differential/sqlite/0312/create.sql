-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" BLOB NOT NULL,
    "version" INTEGER NOT NULL,
    "isActive" BOOLEAN DEFAULT true,
    "kind" INTEGER NOT NULL,
    "endsAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "raw" DATE,
    "sessionTenantId" TEXT,
    "sessionNumber" INTEGER,
    CONSTRAINT "Folder_sessionTenantId_sessionNumber_fkey" FOREIGN KEY ("sessionTenantId", "sessionNumber") REFERENCES "Session" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updatedAt" BOOLEAN NOT NULL DEFAULT false,
    "folderId" INTEGER NOT NULL,
    "folderId2" INTEGER,
    CONSTRAINT "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_folderId2_fkey" FOREIGN KEY ("folderId2") REFERENCES "Folder" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "balance_col" DATETIME,
    "color" REAL NOT NULL DEFAULT 0,
    "email" TEXT NOT NULL,
    "version" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rank" BIGINT NOT NULL,
    "raw" VARCHAR(10),

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "projectitems" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "balance" BLOB,
    "weight" BOOLEAN NOT NULL,
    "note" BOOLEAN,
    "version_col" INTEGER,
    "raw" VARCHAR(10)
);

-- CreateTable
CREATE TABLE "Review" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "price" BIGINT DEFAULT 0,
    "verified" BOOLEAN,
    "isActive" INTEGER,
    "amount" JSONB,
    "raw" DATE,
    "ratingId" INTEGER,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "Review_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE RESTRICT ON UPDATE SET DEFAULT
);

-- CreateIndex
CREATE UNIQUE INDEX "Folder_version_key" ON "Folder"("version");

-- CreateIndex
CREATE INDEX "Folder_endsAt_idx" ON "Folder"("endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_folderId2_key" ON "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation"("folderId2");

-- CreateIndex
CREATE INDEX "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_folderId_idx" ON "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation"("folderId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_slug_key" ON "Session"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Session_color_key" ON "Session"("color");

-- CreateIndex
CREATE UNIQUE INDEX "session_pair_key" ON "Session"("email", "color");

-- CreateIndex
CREATE UNIQUE INDEX "projectitem_version_uq" ON "projectitems"("version_col");

-- CreateIndex
CREATE INDEX "projectitems_note_idx" ON "projectitems"("note");

-- CreateIndex
CREATE INDEX "projectitems_weight_idx" ON "projectitems"("weight");

-- CreateIndex
CREATE UNIQUE INDEX "Review_slug_key" ON "Review"("slug");

-- CreateIndex
CREATE INDEX "Review_ratingId_idx" ON "Review"("ratingId" DESC);

-- CreateIndex
CREATE INDEX "Review_verified_idx" ON "Review"("verified");
