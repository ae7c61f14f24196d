-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" INTEGER DEFAULT 42,
    "email" DATETIME NOT NULL,
    "weight" INTEGER DEFAULT 1,
    "body" BIGINT NOT NULL,
    "color" BLOB NOT NULL,
    "startsAt" DECIMAL DEFAULT 1.5,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Post" ("body", "color", "data", "email", "id", "startsAt", "updatedAt", "weight") SELECT "body", "color", "data", "email", "id", "startsAt", "updatedAt", "weight" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
CREATE UNIQUE INDEX "Post_body_key" ON "Post"("body");
CREATE INDEX "Post_email_weight_idx" ON "Post"("email", "weight");
CREATE INDEX "Post_weight_email_idx" ON "Post"("weight" DESC, "email");
CREATE TABLE "new_ProjectEntry" (
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
INSERT INTO "new_ProjectEntry" ("balance_col", "count", "kind", "level", "number", "ratio", "secret", "tenantId", "tokenid_ref") SELECT "balance_col", "count", "kind", "level", "number", "ratio", "secret", "tenantId", "tokenid_ref" FROM "ProjectEntry";
DROP TABLE "ProjectEntry";
ALTER TABLE "new_ProjectEntry" RENAME TO "ProjectEntry";
CREATE UNIQUE INDEX "projectentry_kind_uq" ON "ProjectEntry"("kind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
