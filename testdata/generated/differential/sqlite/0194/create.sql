-- CreateTable
CREATE TABLE "Token" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "total" INTEGER NOT NULL,
    "isActive" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "hash" INTEGER NOT NULL DEFAULT 1,
    "label" REAL DEFAULT 1.5,
    "email2" INTEGER,
    "tokenTenantId" TEXT,
    "tokenNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Token_tokenTenantId_tokenNumber_fkey" FOREIGN KEY ("tokenTenantId", "tokenNumber") REFERENCES "Token" ("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "token_isactive_uq" ON "Token"("isActive");
