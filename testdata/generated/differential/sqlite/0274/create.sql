-- CreateTable
CREATE TABLE "Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "body" TEXT NOT NULL,
    "title" DECIMAL NOT NULL DEFAULT 2.25,
    "slug" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER DEFAULT 0,
    "name" TEXT,
    "fileKind" TEXT NOT NULL DEFAULT 'ARCHIVED',
    "regionId" TEXT NOT NULL,
    CONSTRAINT "Note_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" DECIMAL,
    "raw" money,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "isactive_col" BIGINT NOT NULL DEFAULT 0,
    "amount" TEXT,
    "weight" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "size" INTEGER,
    "endsAt" INTEGER NOT NULL,
    "data_col" TEXT NOT NULL DEFAULT 'back\slash',
    "commentTenantId" TEXT,
    "commentNumber" INTEGER,
    CONSTRAINT "Region_commentTenantId_commentNumber_fkey" FOREIGN KEY ("commentTenantId", "commentNumber") REFERENCES "Comment" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Order" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "payload" TEXT,
    "createdat_col" JSONB,
    "score_col" TEXT DEFAULT 'it''s',
    "price" JSONB,
    "fileKind" TEXT DEFAULT 'INACTIVE',

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Note_title_key" ON "Note"("title");

-- CreateIndex
CREATE INDEX "Note_name_idx" ON "Note"("name");

-- CreateIndex
CREATE INDEX "Comment_createdAt_idx" ON "Comment"("createdAt");

-- CreateIndex
CREATE INDEX "Region_amount_idx" ON "Region"("amount" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Region_isactive_col_data_col_key" ON "Region"("isactive_col", "data_col");

-- CreateIndex
CREATE INDEX "Order_fileKind_payload_idx" ON "Order"("fileKind" DESC, "payload");

-- CreateIndex
CREATE INDEX "Order_score_col_idx" ON "Order"("score_col");
