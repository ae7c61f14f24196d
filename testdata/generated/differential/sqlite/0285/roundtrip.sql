-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" (
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
INSERT INTO "new_CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" ("avatar", "avatar2", "code", "endsAt", "label", "number", "slug", "tenantId") SELECT "avatar", "avatar2", "code", "endsAt", "label", "number", "slug", "tenantId" FROM "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation";
DROP TABLE "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation";
ALTER TABLE "new_CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" RENAME TO "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation";
CREATE UNIQUE INDEX "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_slug_key" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");
CREATE INDEX "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_avatar_idx" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("avatar");
CREATE TABLE "new_Shipment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT 42,
    "email2" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verified" INTEGER,
    "endsat_col" BIGINT,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Shipment" ("email", "email2", "endsat_col", "number", "tenantId", "verified", "weight") SELECT "email", "email2", "endsat_col", "number", "tenantId", "verified", "weight" FROM "Shipment";
DROP TABLE "Shipment";
ALTER TABLE "new_Shipment" RENAME TO "Shipment";
CREATE UNIQUE INDEX "Shipment_email_key" ON "Shipment"("email");
CREATE INDEX "Shipment_email2_weight_idx" ON "Shipment"("email2" DESC, "weight");
CREATE INDEX "Shipment_verified_email2_idx" ON "Shipment"("verified", "email2");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
