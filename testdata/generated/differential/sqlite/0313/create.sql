-- CreateTable
CREATE TABLE "Role" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "note" BOOLEAN NOT NULL,
    "addressId" TEXT NOT NULL,
    "itemEmail" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Role_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "Address" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Role_itemEmail_fkey" FOREIGN KEY ("itemEmail") REFERENCES "Item" ("email") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "url_col" INTEGER DEFAULT 42,
    "name" BLOB NOT NULL,
    "color" TEXT DEFAULT 'hello',
    "total" JSONB,
    "weight" REAL NOT NULL,
    "meta" INTEGER
);

-- CreateTable
CREATE TABLE "Plan2" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "isactive_col" BLOB,
    "total" TEXT NOT NULL,
    "endsAt" INTEGER NOT NULL DEFAULT 42,
    "slug" TEXT,
    "kind" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ratio" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "roleemail_ref" TEXT NOT NULL,
    CONSTRAINT "Plan2_roleemail_ref_fkey" FOREIGN KEY ("roleemail_ref") REFERENCES "Role" ("email") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Store" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "note_col" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "storeTenantId" TEXT,
    "storeNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Store_storeTenantId_storeNumber_fkey" FOREIGN KEY ("storeTenantId", "storeNumber") REFERENCES "Store" ("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "meta" DECIMAL NOT NULL DEFAULT 1.5,
    "code" BOOLEAN DEFAULT true
);

-- CreateIndex
CREATE UNIQUE INDEX "Role_email_key" ON "Role"("email");

-- CreateIndex
CREATE INDEX "Role_itemEmail_idx" ON "Role"("itemEmail");

-- CreateIndex
CREATE INDEX "Role_email_idx" ON "Role"("email");

-- CreateIndex
CREATE INDEX "role_email_1_ix" ON "Role"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Address_slug_key" ON "Address"("slug");

-- CreateIndex
CREATE INDEX "Address_color_idx" ON "Address"("color");

-- CreateIndex
CREATE INDEX "Address_meta_idx" ON "Address"("meta");

-- CreateIndex
CREATE UNIQUE INDEX "Address_color_url_col_key" ON "Address"("color", "url_col");

-- CreateIndex
CREATE UNIQUE INDEX "Plan2_endsAt_key" ON "Plan2"("endsAt");

-- CreateIndex
CREATE INDEX "Plan2_roleemail_ref_idx" ON "Plan2"("roleemail_ref");

-- CreateIndex
CREATE INDEX "Plan2_total_idx" ON "Plan2"("total");

-- CreateIndex
CREATE INDEX "plan2_total_1_ix" ON "Plan2"("total");

-- CreateIndex
CREATE UNIQUE INDEX "plan2_pair_key" ON "Plan2"("ratio", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Item_email_key" ON "Item"("email");
