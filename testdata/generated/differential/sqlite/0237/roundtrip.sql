-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StoreLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);
INSERT INTO "new_StoreLink" ("id", "slug", "version") SELECT "id", "slug", "version" FROM "StoreLink";
DROP TABLE "StoreLink";
ALTER TABLE "new_StoreLink" RENAME TO "StoreLink";
CREATE UNIQUE INDEX "StoreLink_slug_key" ON "StoreLink"("slug");
CREATE INDEX "StoreLink_version_idx" ON "StoreLink"("version");
CREATE INDEX "storelink_version_1_ix" ON "StoreLink"("version" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
