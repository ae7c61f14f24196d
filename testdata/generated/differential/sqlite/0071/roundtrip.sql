-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "note" JSONB NOT NULL,
    "hash" DECIMAL NOT NULL,
    "count" TEXT DEFAULT 'it''s',
    "price" BIGINT NOT NULL DEFAULT 0,
    "price2" TEXT NOT NULL,
    "avatar" DATETIME NOT NULL,
    "noteKind" TEXT NOT NULL DEFAULT 'HIGH',
    "raw" VARCHAR(10),
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Team" ("avatar", "count", "hash", "id", "note", "noteKind", "price", "price2", "raw", "updatedAt") SELECT "avatar", "count", "hash", "id", "note", "noteKind", "price", "price2", "raw", "updatedAt" FROM "Team";
DROP TABLE "Team";
ALTER TABLE "new_Team" RENAME TO "Team";
CREATE INDEX "Team_price_price2_idx" ON "Team"("price", "price2");
CREATE INDEX "Team_avatar_idx" ON "Team"("avatar");
CREATE TABLE "new_audits" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "isActive" REAL NOT NULL DEFAULT 0,
    "meta" REAL NOT NULL,
    "amount" DECIMAL DEFAULT 0,
    "data" BOOLEAN DEFAULT false,
    "url" DATETIME,
    "noteKind" TEXT NOT NULL,
    "raw" NUMERIC,
    "postId" TEXT NOT NULL,
    "postId2" TEXT NOT NULL,
    "auditTenantId" TEXT,
    "auditNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "audits_postId_fkey" FOREIGN KEY ("postId") REFERENCES "PostWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "audits_postId2_fkey" FOREIGN KEY ("postId2") REFERENCES "PostWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "audits_auditTenantId_auditNumber_fkey" FOREIGN KEY ("auditTenantId", "auditNumber") REFERENCES "audits" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_audits" ("amount", "auditNumber", "auditTenantId", "data", "email", "isActive", "meta", "noteKind", "number", "postId", "postId2", "raw", "tenantId", "url") SELECT "amount", "auditNumber", "auditTenantId", "data", "email", "isActive", "meta", "noteKind", "number", "postId", "postId2", "raw", "tenantId", "url" FROM "audits";
DROP TABLE "audits";
ALTER TABLE "new_audits" RENAME TO "audits";
CREATE UNIQUE INDEX "audits_email_key" ON "audits"("email");
CREATE INDEX "audits_postId_idx" ON "audits"("postId");
CREATE INDEX "audit_postid_0_ix" ON "audits"("postId");
CREATE UNIQUE INDEX "audits_auditTenantId_auditNumber_key" ON "audits"("auditTenantId", "auditNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
