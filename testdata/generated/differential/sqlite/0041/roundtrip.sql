-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Comment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "code" TEXT NOT NULL DEFAULT 'back\slash',
    "slug" TEXT NOT NULL DEFAULT 'x',
    "price" INTEGER NOT NULL DEFAULT -7,
    "commentTenantId" TEXT,
    "commentNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Comment_commentTenantId_commentNumber_fkey" FOREIGN KEY ("commentTenantId", "commentNumber") REFERENCES "Comment" ("tenantId", "number") ON DELETE CASCADE ON UPDATE RESTRICT
);
INSERT INTO "new_Comment" ("code", "commentNumber", "commentTenantId", "handle", "number", "price", "slug", "tenantId") SELECT "code", "commentNumber", "commentTenantId", "handle", "number", "price", "slug", "tenantId" FROM "Comment";
DROP TABLE "Comment";
ALTER TABLE "new_Comment" RENAME TO "Comment";
CREATE UNIQUE INDEX "Comment_handle_key" ON "Comment"("handle");
CREATE UNIQUE INDEX "Comment_price_key" ON "Comment"("price");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
