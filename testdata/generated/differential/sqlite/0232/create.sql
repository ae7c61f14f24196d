-- CreateTable
CREATE TABLE "roles" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "kind" DATETIME NOT NULL,
    "count" REAL NOT NULL,
    "amount" INTEGER NOT NULL DEFAULT 42,
    "expiresAt" BLOB NOT NULL,
    "roleId" INTEGER,
    "file2Id" INTEGER,
    CONSTRAINT "roles_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "roles" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "roles_file2Id_fkey" FOREIGN KEY ("file2Id") REFERENCES "file2s" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Store" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "count" BOOLEAN NOT NULL DEFAULT true,
    "file2Id" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Store_file2Id_fkey" FOREIGN KEY ("file2Id") REFERENCES "file2s" ("id") ON DELETE CASCADE ON UPDATE SET DEFAULT
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "count" BLOB,
    "title" DATETIME,
    "isActive" BLOB NOT NULL,
    "rank" BIGINT NOT NULL,
    "data" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "file2s" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" REAL NOT NULL DEFAULT 1.5,
    "code" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "roles_email_key" ON "roles"("email");

-- CreateIndex
CREATE UNIQUE INDEX "roles_roleId_key" ON "roles"("roleId");

-- CreateIndex
CREATE INDEX "roles_file2Id_idx" ON "roles"("file2Id");

-- CreateIndex
CREATE INDEX "roles_count_idx" ON "roles"("count");

-- CreateIndex
CREATE INDEX "roles_kind_idx" ON "roles"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "store_count_uq" ON "Store"("count");

-- CreateIndex
CREATE INDEX "Store_file2Id_idx" ON "Store"("file2Id");

-- CreateIndex
CREATE INDEX "store_file2id_1_ix" ON "Store"("file2Id", "amount");

-- CreateIndex
CREATE INDEX "Tag_title_idx" ON "Tag"("title");

-- CreateIndex
CREATE INDEX "Tag_data_title_idx" ON "Tag"("data", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_rank_data_key" ON "Tag"("rank", "data");

-- CreateIndex
CREATE UNIQUE INDEX "file2s_label_code_key" ON "file2s"("label", "code");
