-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Folder" (
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
INSERT INTO "new_Folder" ("data", "endsAt", "id", "isActive", "kind", "raw", "sessionNumber", "sessionTenantId", "version") SELECT "data", "endsAt", "id", "isActive", "kind", "raw", "sessionNumber", "sessionTenantId", "version" FROM "Folder";
DROP TABLE "Folder";
ALTER TABLE "new_Folder" RENAME TO "Folder";
CREATE UNIQUE INDEX "Folder_version_key" ON "Folder"("version");
CREATE INDEX "Folder_endsAt_idx" ON "Folder"("endsAt");
CREATE TABLE "new_Review" (
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
INSERT INTO "new_Review" ("amount", "isActive", "number", "price", "ratingId", "raw", "slug", "tenantId", "verified") SELECT "amount", "isActive", "number", "price", "ratingId", "raw", "slug", "tenantId", "verified" FROM "Review";
DROP TABLE "Review";
ALTER TABLE "new_Review" RENAME TO "Review";
CREATE UNIQUE INDEX "Review_slug_key" ON "Review"("slug");
CREATE INDEX "Review_ratingId_idx" ON "Review"("ratingId" DESC);
CREATE INDEX "Review_verified_idx" ON "Review"("verified");
CREATE TABLE "new_Session" (
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
INSERT INTO "new_Session" ("balance_col", "color", "email", "number", "rank", "raw", "slug", "tenantId", "version") SELECT "balance_col", "color", "email", "number", "rank", "raw", "slug", "tenantId", "version" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE UNIQUE INDEX "Session_slug_key" ON "Session"("slug");
CREATE UNIQUE INDEX "Session_color_key" ON "Session"("color");
CREATE UNIQUE INDEX "session_pair_key" ON "Session"("email", "color");
CREATE TABLE "new_projectitems" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "balance" BLOB,
    "weight" BOOLEAN NOT NULL,
    "note" BOOLEAN,
    "version_col" INTEGER,
    "raw" VARCHAR(10)
);
INSERT INTO "new_projectitems" ("balance", "id", "note", "raw", "version_col", "weight") SELECT "balance", "id", "note", "raw", "version_col", "weight" FROM "projectitems";
DROP TABLE "projectitems";
ALTER TABLE "new_projectitems" RENAME TO "projectitems";
CREATE UNIQUE INDEX "projectitem_version_uq" ON "projectitems"("version_col");
CREATE INDEX "projectitems_note_idx" ON "projectitems"("note");
CREATE INDEX "projectitems_weight_idx" ON "projectitems"("weight");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
