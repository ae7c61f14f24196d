-- CreateTable
CREATE TABLE "Shipment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT 42,
    "email2" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verified" INTEGER,
    "endsat_col" BIGINT,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "endsAt" REAL NOT NULL,
    "avatar" BOOLEAN NOT NULL,
    "avatar2" INTEGER NOT NULL DEFAULT 1,
    "code" INTEGER NOT NULL,
    "label" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_email_key" ON "Shipment"("email");

-- CreateIndex
CREATE INDEX "Shipment_email2_weight_idx" ON "Shipment"("email2" DESC, "weight");

-- CreateIndex
CREATE INDEX "Shipment_verified_email2_idx" ON "Shipment"("verified", "email2");

-- CreateIndex
CREATE UNIQUE INDEX "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_slug_key" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");

-- CreateIndex
CREATE INDEX "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_avatar_idx" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("avatar");
