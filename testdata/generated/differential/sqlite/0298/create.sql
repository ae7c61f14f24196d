-- CreateTable
CREATE TABLE "CategoryEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "avatar" BOOLEAN NOT NULL DEFAULT false,
    "size" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "flags_col" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT -7,
    "reviewId" INTEGER,
    CONSTRAINT "CategoryEntry_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "expiresAt" BIGINT NOT NULL,
    "payload" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isActive" TEXT NOT NULL,
    "regionId" TEXT,
    CONSTRAINT "Region_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Store" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "isActive" BIGINT NOT NULL,
    "status" INTEGER,
    "label" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "endsAt" BLOB NOT NULL,
    "total_col" TEXT,
    "ratingId" INTEGER,
    CONSTRAINT "Rating_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Review" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "rank" INTEGER NOT NULL DEFAULT 42,
    "count" BLOB NOT NULL,
    "label" JSONB,
    "expiresAt" INTEGER NOT NULL,
    "price" INTEGER NOT NULL DEFAULT -7
);

-- CreateTable
CREATE TABLE "Note" (
    "categoryEntryId" INTEGER NOT NULL,
    "ratingId" INTEGER NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("categoryEntryId", "ratingId"),
    CONSTRAINT "Note_categoryEntryId_fkey" FOREIGN KEY ("categoryEntryId") REFERENCES "CategoryEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Note_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CategoryEntry_avatar_reviewId_idx" ON "CategoryEntry"("avatar", "reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "Region_email_key" ON "Region"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_handle_key" ON "Rating"("handle");

-- CreateIndex
CREATE INDEX "Rating_ratingId_idx" ON "Rating"("ratingId");

-- CreateIndex
CREATE INDEX "Rating_handle_ratingId_idx" ON "Rating"("handle", "ratingId");

-- CreateIndex
CREATE UNIQUE INDEX "Review_rank_key" ON "Review"("rank");

-- CreateIndex
CREATE INDEX "Review_price_idx" ON "Review"("price" DESC);

-- CreateIndex
CREATE INDEX "review_expiresat_1_ix" ON "Review"("expiresAt", "rank");
