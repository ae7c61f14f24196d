-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "email2" BIGINT,
    "score" INTEGER DEFAULT 1,
    "rank" JSONB NOT NULL,
    "expiresAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Payment" ("email", "email2", "expiresAt", "id", "rank", "score", "updatedAt") SELECT "email", "email2", "expiresAt", "id", "rank", "score", "updatedAt" FROM "Payment";
DROP TABLE "Payment";
ALTER TABLE "new_Payment" RENAME TO "Payment";
CREATE UNIQUE INDEX "Payment_email_key" ON "Payment"("email");
CREATE UNIQUE INDEX "payment_pair_key" ON "Payment"("email", "email2");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
