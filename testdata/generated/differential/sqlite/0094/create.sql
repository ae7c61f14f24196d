-- CreateTable
CREATE TABLE "ProjectEntry" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "level" BOOLEAN,
    "secret" DECIMAL NOT NULL DEFAULT 2.25,
    "count" INTEGER NOT NULL,
    "balance_col" BLOB NOT NULL,
    "ratio" DATETIME,
    "kind" INTEGER NOT NULL DEFAULT 1,
    "tokenid_ref" TEXT NOT NULL,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "ProjectEntry_tokenid_ref_fkey" FOREIGN KEY ("tokenid_ref") REFERENCES "Token" ("id") ON DELETE SET DEFAULT ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "level" BLOB NOT NULL,
    "amount" BIGINT NOT NULL,
    "secret" TEXT,
    "name" BOOLEAN DEFAULT false,
    "kind" INTEGER DEFAULT 42,
    "isActive" INTEGER,
    "raw" geometry,
    "couponId" INTEGER NOT NULL,
    "projectEntryNumber" INTEGER NOT NULL,
    "projectEntryTenantId" TEXT NOT NULL,
    CONSTRAINT "Review_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon" ("id") ON DELETE CASCADE ON UPDATE SET DEFAULT,
    CONSTRAINT "Review_projectEntryNumber_projectEntryTenantId_fkey" FOREIGN KEY ("projectEntryNumber", "projectEntryTenantId") REFERENCES "ProjectEntry" ("number", "tenantId") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "size" INTEGER DEFAULT -7,
    "updatedAt" JSONB NOT NULL,
    "rank" TEXT,
    "tokenId" TEXT NOT NULL,
    "couponId" INTEGER,
    CONSTRAINT "Coupon_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "Token" ("id") ON DELETE CASCADE ON UPDATE RESTRICT,
    CONSTRAINT "Coupon_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ratio" BLOB NOT NULL,
    "position" REAL NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" INTEGER DEFAULT 42,
    "email" DATETIME NOT NULL,
    "weight" INTEGER DEFAULT 1,
    "body" BIGINT NOT NULL,
    "color" BLOB NOT NULL,
    "startsAt" DECIMAL DEFAULT 1.5,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "_PostToReview" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_PostToReview_A_fkey" FOREIGN KEY ("A") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PostToReview_B_fkey" FOREIGN KEY ("B") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "projectentry_kind_uq" ON "ProjectEntry"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Review_couponId_key" ON "Review"("couponId");

-- CreateIndex
CREATE INDEX "Review_projectEntryNumber_projectEntryTenantId_idx" ON "Review"("projectEntryNumber", "projectEntryTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_slug_key" ON "Coupon"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_tokenId_key" ON "Coupon"("tokenId");

-- CreateIndex
CREATE INDEX "Coupon_couponId_idx" ON "Coupon"("couponId");

-- CreateIndex
CREATE INDEX "Coupon_size_idx" ON "Coupon"("size");

-- CreateIndex
CREATE UNIQUE INDEX "Token_position_key" ON "Token"("position");

-- CreateIndex
CREATE INDEX "Token_position_idx" ON "Token"("position");

-- CreateIndex
CREATE UNIQUE INDEX "Post_body_key" ON "Post"("body");

-- CreateIndex
CREATE INDEX "Post_email_weight_idx" ON "Post"("email", "weight");

-- CreateIndex
CREATE INDEX "Post_weight_email_idx" ON "Post"("weight" DESC, "email");

-- CreateIndex
CREATE UNIQUE INDEX "_PostToReview_AB_unique" ON "_PostToReview"("A", "B");

-- CreateIndex
CREATE INDEX "_PostToReview_B_index" ON "_PostToReview"("B");
