-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsAt" BLOB,
    "color" INTEGER,
    "level" TEXT NOT NULL,
    "color2" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paymentId" TEXT,
    "paymentId2" TEXT,
    CONSTRAINT "Payment_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE NO ACTION ON UPDATE SET DEFAULT,
    CONSTRAINT "Payment_paymentId2_fkey" FOREIGN KEY ("paymentId2") REFERENCES "Payment" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_Payment" ("color", "color2", "id", "level", "paymentId", "paymentId2", "startsAt") SELECT "color", "color2", "id", "level", "paymentId", "paymentId2", "startsAt" FROM "Payment";
DROP TABLE "Payment";
ALTER TABLE "new_Payment" RENAME TO "Payment";
CREATE INDEX "Payment_paymentId_idx" ON "Payment"("paymentId");
CREATE INDEX "Payment_paymentId2_idx" ON "Payment"("paymentId2");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
