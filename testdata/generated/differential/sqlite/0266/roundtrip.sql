-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Product" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "email" DATETIME NOT NULL,
    "body" BOOLEAN NOT NULL,
    "verified" TEXT,
    "payload" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "endsat_col" JSONB NOT NULL,
    "payload2" BLOB,
    "productTenantId" TEXT,
    "productNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Product_productTenantId_productNumber_fkey" FOREIGN KEY ("productTenantId", "productNumber") REFERENCES "Product" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Product" ("body", "email", "endsat_col", "number", "payload", "payload2", "productNumber", "productTenantId", "slug", "tenantId", "verified") SELECT "body", "email", "endsat_col", "number", "payload", "payload2", "productNumber", "productTenantId", "slug", "tenantId", "verified" FROM "Product";
DROP TABLE "Product";
ALTER TABLE "new_Product" RENAME TO "Product";
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");
CREATE INDEX "Product_email_idx" ON "Product"("email");
CREATE TABLE "new_posts" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "data" BOOLEAN NOT NULL,
    "position" TEXT NOT NULL,
    "raw" VARCHAR(10),

    PRIMARY KEY ("number", "tenantId")
);
INSERT INTO "new_posts" ("data", "handle", "number", "position", "raw", "tenantId") SELECT "data", "handle", "number", "position", "raw", "tenantId" FROM "posts";
DROP TABLE "posts";
ALTER TABLE "new_posts" RENAME TO "posts";
CREATE UNIQUE INDEX "posts_handle_key" ON "posts"("handle");
CREATE UNIQUE INDEX "posts_data_key" ON "posts"("data");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
