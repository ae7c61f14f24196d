-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Address" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "endsat_col" INTEGER NOT NULL DEFAULT 0,
    "raw" VARCHAR(10)
);
INSERT INTO "new_Address" ("endsat_col", "id", "raw") SELECT "endsat_col", "id", "raw" FROM "Address";
DROP TABLE "Address";
ALTER TABLE "new_Address" RENAME TO "Address";
CREATE INDEX "address_endsat_0_ix" ON "Address"("endsat_col");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
