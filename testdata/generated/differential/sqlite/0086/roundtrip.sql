-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
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
INSERT INTO "new_Event" ("couponEmail", "email", "hash", "kind", "meta", "number", "payload", "rank", "raw", "tenantId") SELECT "couponEmail", "email", "hash", "kind", "meta", "number", "payload", "rank", "raw", "tenantId" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE INDEX "Event_couponEmail_idx" ON "Event"("couponEmail");
CREATE INDEX "Event_hash_idx" ON "Event"("hash");
CREATE TABLE "new_Note" (
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
INSERT INTO "new_Note" ("body", "folderKind", "hash", "id", "publishedAt", "raw", "slug", "status", "updatedAt") SELECT "body", "folderKind", "hash", "id", "publishedAt", "raw", "slug", "status", "updatedAt" FROM "Note";
DROP TABLE "Note";
ALTER TABLE "new_Note" RENAME TO "Note";
CREATE UNIQUE INDEX "Note_slug_key" ON "Note"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
