-- CreateTable
CREATE TABLE "Review" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified_col" TEXT NOT NULL,
    "ratio" REAL DEFAULT 0,
    "body" INTEGER NOT NULL,
    "secret" INTEGER NOT NULL,
    "reviewtenantid_ref" TEXT,
    "reviewnumber_ref" INTEGER,
    "reviewTenantId2" TEXT,
    "reviewNumber2" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Review_reviewtenantid_ref_reviewnumber_ref_fkey" FOREIGN KEY ("reviewtenantid_ref", "reviewnumber_ref") REFERENCES "Review" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Review_reviewTenantId2_reviewNumber2_fkey" FOREIGN KEY ("reviewTenantId2", "reviewNumber2") REFERENCES "Review" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "total" JSONB NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Review_secret_key" ON "Review"("secret");

-- CreateIndex
CREATE INDEX "Review_reviewtenantid_ref_reviewnumber_ref_idx" ON "Review"("reviewtenantid_ref", "reviewnumber_ref");

-- CreateIndex
CREATE INDEX "Review_reviewTenantId2_idx" ON "Review"("reviewTenantId2");

-- CreateIndex
CREATE INDEX "Review_body_reviewTenantId2_idx" ON "Review"("body", "reviewTenantId2");
