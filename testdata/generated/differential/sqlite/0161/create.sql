-- CreateTable
CREATE TABLE "Category" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "kind" INTEGER NOT NULL,
    "updatedAt" TEXT,
    "endsat_col" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "itemlinktenantid_ref" TEXT NOT NULL,
    "itemLinkNumber" INTEGER NOT NULL,
    "itemLinkEmail" TEXT,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Category_itemlinktenantid_ref_itemLinkNumber_fkey" FOREIGN KEY ("itemlinktenantid_ref", "itemLinkNumber") REFERENCES "ItemLink" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Category_itemLinkEmail_fkey" FOREIGN KEY ("itemLinkEmail") REFERENCES "ItemLink" ("email") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ItemLink" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Category_handle_key" ON "Category"("handle");

-- CreateIndex
CREATE INDEX "Category_itemLinkEmail_idx" ON "Category"("itemLinkEmail");

-- CreateIndex
CREATE UNIQUE INDEX "ItemLink_email_key" ON "ItemLink"("email");

-- CreateIndex
CREATE INDEX "ItemLink_weight_email_idx" ON "ItemLink"("weight", "email");
