-- CreateTable
CREATE TABLE "sessions" (
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

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "payload_col" BIGINT NOT NULL DEFAULT 1234567890123,
    "raw" Int4
);

-- CreateTable
CREATE TABLE "Member" (
    "member_id" TEXT NOT NULL PRIMARY KEY,
    "body" TEXT DEFAULT 'it''s',
    "raw" Int4,
    "memberId" TEXT,
    "roleId" INTEGER,
    CONSTRAINT "Member_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("member_id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "Member_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "roles" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" REAL NOT NULL,
    "ratio" BIGINT,
    "price_col" BIGINT NOT NULL DEFAULT 0,
    "version" BIGINT NOT NULL,
    "roleId" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "User_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "roles" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "roles" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "rank" REAL NOT NULL DEFAULT 0,
    "label" TEXT DEFAULT '',
    "hash_col" TEXT,
    "title" JSONB NOT NULL,
    "note" BOOLEAN NOT NULL,
    "secret" BOOLEAN DEFAULT true
);

-- CreateTable
CREATE TABLE "_MemberToRole916" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_MemberToRole916_A_fkey" FOREIGN KEY ("A") REFERENCES "Member" ("member_id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_MemberToRole916_B_fkey" FOREIGN KEY ("B") REFERENCES "roles" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "session_memberid_0_ix" ON "sessions"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_count_code_key" ON "sessions"("count", "code");

-- CreateIndex
CREATE INDEX "Cart_payload_col_idx" ON "Cart"("payload_col");

-- CreateIndex
CREATE UNIQUE INDEX "member_body_uq" ON "Member"("body");

-- CreateIndex
CREATE UNIQUE INDEX "Member_roleId_key" ON "Member"("roleId");

-- CreateIndex
CREATE INDEX "Member_memberId_idx" ON "Member"("memberId");

-- CreateIndex
CREATE INDEX "Member_roleId_body_idx" ON "Member"("roleId", "body");

-- CreateIndex
CREATE UNIQUE INDEX "User_slug_key" ON "User"("slug");

-- CreateIndex
CREATE INDEX "User_version_roleId_idx" ON "User"("version" DESC, "roleId");

-- CreateIndex
CREATE INDEX "user_slug_1_ix" ON "User"("slug", "roleId");

-- CreateIndex
CREATE UNIQUE INDEX "roles_handle_key" ON "roles"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "roles_note_key" ON "roles"("note");

-- CreateIndex
CREATE UNIQUE INDEX "_MemberToRole916_AB_unique" ON "_MemberToRole916"("A", "B");

-- CreateIndex
CREATE INDEX "_MemberToRole916_B_index" ON "_MemberToRole916"("B");
