-- DropIndex
DROP INDEX "Old_tag_idx";

-- DropIndex
DROP INDEX "Old_name_key";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Old";
PRAGMA foreign_keys=on;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Keep" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" TEXT NOT NULL DEFAULT 'none',
    "slug" TEXT NOT NULL
);
INSERT INTO "new_Keep" ("id", "label", "slug") SELECT "id", coalesce("label", 'none') AS "label", "slug" FROM "Keep";
DROP TABLE "Keep";
ALTER TABLE "new_Keep" RENAME TO "Keep";
CREATE INDEX "Keep_slug_idx" ON "Keep"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
