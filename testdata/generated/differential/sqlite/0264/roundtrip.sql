-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Order" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" INTEGER NOT NULL DEFAULT 1,
    "secret" TEXT NOT NULL,
    "avatar" INTEGER NOT NULL,
    "level" BLOB NOT NULL,
    "tagKind" TEXT NOT NULL,
    "fileId" INTEGER,
    "fileId2" INTEGER NOT NULL,
    "commentId" TEXT NOT NULL,
    CONSTRAINT "Order_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Order_fileId2_fkey" FOREIGN KEY ("fileId2") REFERENCES "File" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT "Order_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "comments" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Order" ("avatar", "commentId", "fileId", "fileId2", "id", "level", "price", "secret", "tagKind") SELECT "avatar", "commentId", "fileId", "fileId2", "id", "level", "price", "secret", "tagKind" FROM "Order";
DROP TABLE "Order";
ALTER TABLE "new_Order" RENAME TO "Order";
CREATE INDEX "Order_price_idx" ON "Order"("price");
CREATE INDEX "Order_commentId_idx" ON "Order"("commentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
