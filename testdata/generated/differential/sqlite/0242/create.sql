-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "total" TEXT NOT NULL DEFAULT 'back\slash',
    "updatedAt" JSONB NOT NULL,
    "expiresAt" DATETIME,
    "verified" BIGINT DEFAULT 1234567890123,
    "createdAt" DECIMAL,
    "url" REAL NOT NULL DEFAULT -2.25
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsat_col" BLOB NOT NULL,
    "avatar" BOOLEAN NOT NULL,
    "verified" REAL NOT NULL DEFAULT 1.5,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Device" (
    "reviewId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tagId2" TEXT NOT NULL,
    "reviewId2" TEXT NOT NULL,

    PRIMARY KEY ("reviewId", "tagId"),
    CONSTRAINT "Device_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Device_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Device_tagId2_fkey" FOREIGN KEY ("tagId2") REFERENCES "Tag" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Device_reviewId2_fkey" FOREIGN KEY ("reviewId2") REFERENCES "Review" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_email_key" ON "Tag"("email");

-- CreateIndex
CREATE UNIQUE INDEX "tag_expiresat_uq" ON "Tag"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Review_verified_key" ON "Review"("verified");

-- CreateIndex
CREATE INDEX "review_avatar_0_ix" ON "Review"("avatar");
