-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_notewithaverylongnamethatgoesonandonfortruncations" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" BIGINT NOT NULL DEFAULT 0,
    "body" TEXT NOT NULL DEFAULT 'back\slash',
    "title" TEXT,
    "raw" VARCHAR(10)
);
INSERT INTO "new_notewithaverylongnamethatgoesonandonfortruncations" ("body", "id", "raw", "title", "version") SELECT "body", "id", "raw", "title", "version" FROM "notewithaverylongnamethatgoesonandonfortruncations";
DROP TABLE "notewithaverylongnamethatgoesonandonfortruncations";
ALTER TABLE "new_notewithaverylongnamethatgoesonandonfortruncations" RENAME TO "notewithaverylongnamethatgoesonandonfortruncations";
CREATE INDEX "notewithaverylongnamethatgoesonandonfort_body_0_ix" ON "notewithaverylongnamethatgoesonandonfortruncations"("body");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
