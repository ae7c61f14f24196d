-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "price" BIGINT,
    "meta" INTEGER NOT NULL DEFAULT 1,
    "price2" BOOLEAN DEFAULT false,
    "event2Id" TEXT,
    CONSTRAINT "Payment_event2Id_fkey" FOREIGN KEY ("event2Id") REFERENCES "event2s" ("id") ON DELETE SET NULL ON UPDATE SET NULL
);
INSERT INTO "new_Payment" ("event2Id", "id", "meta", "price", "price2") SELECT "event2Id", "id", "meta", "price", "price2" FROM "Payment";
DROP TABLE "Payment";
ALTER TABLE "new_Payment" RENAME TO "Payment";
CREATE UNIQUE INDEX "Payment_meta_key" ON "Payment"("meta");
CREATE INDEX "payment_event2id_0_ix" ON "Payment"("event2Id", "price2");
CREATE INDEX "Payment_meta_idx" ON "Payment"("meta");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
