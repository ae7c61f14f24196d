-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Cart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "payload_col" BIGINT NOT NULL DEFAULT 1234567890123,
    "raw" Int4
);
INSERT INTO "new_Cart" ("id", "payload_col", "raw") SELECT "id", "payload_col", "raw" FROM "Cart";
DROP TABLE "Cart";
ALTER TABLE "new_Cart" RENAME TO "Cart";
CREATE INDEX "Cart_payload_col_idx" ON "Cart"("payload_col");
CREATE TABLE "new_Member" (
    "member_id" TEXT NOT NULL PRIMARY KEY,
    "body" TEXT DEFAULT 'it''s',
    "raw" Int4,
    "memberId" TEXT,
    "roleId" INTEGER,
    CONSTRAINT "Member_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("member_id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "Member_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "roles" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);
INSERT INTO "new_Member" ("body", "memberId", "member_id", "raw", "roleId") SELECT "body", "memberId", "member_id", "raw", "roleId" FROM "Member";
DROP TABLE "Member";
ALTER TABLE "new_Member" RENAME TO "Member";
CREATE UNIQUE INDEX "member_body_uq" ON "Member"("body");
CREATE UNIQUE INDEX "Member_roleId_key" ON "Member"("roleId");
CREATE INDEX "Member_memberId_idx" ON "Member"("memberId");
CREATE INDEX "Member_roleId_body_idx" ON "Member"("roleId", "body");
CREATE TABLE "new_sessions" (
    "session_id" TEXT NOT NULL PRIMARY KEY,
    "verified" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body_col" TEXT DEFAULT '',
    "slug" TEXT NOT NULL,
    "count" BIGINT,
    "code" DECIMAL NOT NULL,
    "memberId" TEXT,
    "roleid_ref" INTEGER NOT NULL,
    CONSTRAINT "sessions_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("member_id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "sessions_roleid_ref_fkey" FOREIGN KEY ("roleid_ref") REFERENCES "roles" ("id") ON DELETE CASCADE ON UPDATE RESTRICT
);
INSERT INTO "new_sessions" ("body_col", "code", "count", "memberId", "roleid_ref", "session_id", "slug", "verified") SELECT "body_col", "code", "count", "memberId", "roleid_ref", "session_id", "slug", "verified" FROM "sessions";
DROP TABLE "sessions";
ALTER TABLE "new_sessions" RENAME TO "sessions";
CREATE INDEX "session_memberid_0_ix" ON "sessions"("memberId");
CREATE UNIQUE INDEX "sessions_count_code_key" ON "sessions"("count", "code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
