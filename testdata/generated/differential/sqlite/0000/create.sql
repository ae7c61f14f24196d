-- CreateTable
CREATE TABLE "Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "amount" DATETIME,
    "secret" TEXT NOT NULL DEFAULT 'hello',
    "note" DATETIME,
    "raw" money
);

-- CreateTable
CREATE TABLE "tasks" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "balance" BLOB NOT NULL,
    "code" DECIMAL,
    "slug" TEXT NOT NULL DEFAULT 'it''s',
    "isactive_col" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "url" TEXT,
    "color" INTEGER DEFAULT 0,
    "price" INTEGER,
    "weight_col" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "startsAt" JSONB,
    "taskid_ref" TEXT NOT NULL,
    CONSTRAINT "Tag_taskid_ref_fkey" FOREIGN KEY ("taskid_ref") REFERENCES "tasks" ("id") ON DELETE RESTRICT ON UPDATE SET DEFAULT
);

-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "total" REAL NOT NULL,
    "storeId" INTEGER,
    CONSTRAINT "Store_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Member" (
    "tagId" INTEGER NOT NULL,
    "storeId" INTEGER NOT NULL,

    PRIMARY KEY ("tagId", "storeId"),
    CONSTRAINT "Member_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Member_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Team" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "meta" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_slug_key" ON "Plan"("slug");

-- CreateIndex
CREATE INDEX "plan_secret_0_ix" ON "Plan"("secret" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_secret_note_key" ON "Plan"("secret", "note");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_email_key" ON "Tag"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_taskid_ref_key" ON "Tag"("taskid_ref");

-- CreateIndex
CREATE UNIQUE INDEX "Store_storeId_key" ON "Store"("storeId");

-- CreateIndex
CREATE INDEX "Team_meta_idx" ON "Team"("meta");

-- CreateIndex
CREATE INDEX "team_meta_1_ix" ON "Team"("meta");
