-- CreateTable
CREATE TABLE "Plan2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "rank" BLOB NOT NULL,
    "endsAt" REAL NOT NULL,
    "code" BIGINT,
    "email" BLOB NOT NULL,
    "weight" BOOLEAN NOT NULL DEFAULT true,
    "price" REAL NOT NULL DEFAULT -2.25,
    "raw" money,
    "updatedAt" DATETIME NOT NULL,
    "plan2TenantId" TEXT,
    "plan2Number" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Plan2_plan2TenantId_plan2Number_fkey" FOREIGN KEY ("plan2TenantId", "plan2Number") REFERENCES "Plan2" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "amount" TEXT,
    "name_col" REAL NOT NULL,
    "name2" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "position" INTEGER NOT NULL DEFAULT 1,
    "plan2TenantId" TEXT,
    "plan2Number" INTEGER,
    "plan2TenantId2" TEXT NOT NULL,
    "plan2Number2" INTEGER NOT NULL,
    CONSTRAINT "Comment_plan2TenantId_plan2Number_fkey" FOREIGN KEY ("plan2TenantId", "plan2Number") REFERENCES "Plan2" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Comment_plan2TenantId2_plan2Number2_fkey" FOREIGN KEY ("plan2TenantId2", "plan2Number2") REFERENCES "Plan2" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Folder" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "color" INTEGER NOT NULL DEFAULT 42,
    "body_col" DATETIME NOT NULL,
    "folderNumber" INTEGER,
    "folderTenantId" TEXT,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "Folder_folderNumber_folderTenantId_fkey" FOREIGN KEY ("folderNumber", "folderTenantId") REFERENCES "Folder" ("number", "tenantId") ON DELETE CASCADE ON UPDATE SET NULL
);

-- CreateIndex
CREATE INDEX "Plan2_plan2Number_idx" ON "Plan2"("plan2Number" DESC);

-- CreateIndex
CREATE INDEX "Comment_plan2TenantId_plan2Number_idx" ON "Comment"("plan2TenantId", "plan2Number");

-- CreateIndex
CREATE INDEX "comment_amount_0_ix" ON "Comment"("amount");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_plan2TenantId2_plan2Number2_key" ON "Comment"("plan2TenantId2", "plan2Number2");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_body_col_key" ON "Folder"("body_col");

-- CreateIndex
CREATE INDEX "Folder_folderTenantId_idx" ON "Folder"("folderTenantId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Folder_color_body_col_key" ON "Folder"("color", "body_col");
