-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Cart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" BIGINT NOT NULL,
    "body" REAL NOT NULL DEFAULT 0,
    "raw" DATE,
    "deviceId" TEXT NOT NULL,
    CONSTRAINT "Cart_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_Cart" ("body", "deviceId", "email", "id", "raw") SELECT "body", "deviceId", "email", "id", "raw" FROM "Cart";
DROP TABLE "Cart";
ALTER TABLE "new_Cart" RENAME TO "Cart";
CREATE UNIQUE INDEX "Cart_email_key" ON "Cart"("email");
CREATE UNIQUE INDEX "cart_pair_key" ON "Cart"("email", "body");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
