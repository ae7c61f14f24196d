-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Note" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" REAL,
    "hash" REAL NOT NULL,
    "verified" REAL,
    "raw" Int4,

    PRIMARY KEY ("number", "tenantId")
);
INSERT INTO "new_Note" ("hash", "number", "ratio", "raw", "tenantId", "verified") SELECT "hash", "number", "ratio", "raw", "tenantId", "verified" FROM "Note";
DROP TABLE "Note";
ALTER TABLE "new_Note" RENAME TO "Note";
CREATE UNIQUE INDEX "note_ratio_uq" ON "Note"("ratio");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
