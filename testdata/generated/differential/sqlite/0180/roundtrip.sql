-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_invoicehistorys" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position" TEXT DEFAULT 'x',
    "position2" DECIMAL NOT NULL,
    "total" TEXT NOT NULL DEFAULT 'hello',
    "projectKind" TEXT NOT NULL,
    "raw" VARCHAR(10)
);
INSERT INTO "new_invoicehistorys" ("id", "position", "position2", "projectKind", "raw", "total") SELECT "id", "position", "position2", "projectKind", "raw", "total" FROM "invoicehistorys";
DROP TABLE "invoicehistorys";
ALTER TABLE "new_invoicehistorys" RENAME TO "invoicehistorys";
CREATE UNIQUE INDEX "invoicehistorys_total_key" ON "invoicehistorys"("total");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
