-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "score" REAL DEFAULT 0,
    "position" INTEGER DEFAULT 42,
    "email" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "createdat_col" DECIMAL NOT NULL,
    "raw" geometry
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "body" INTEGER,
    "email" JSONB NOT NULL,
    "email2_col" BOOLEAN NOT NULL DEFAULT false,
    "endsAt" DECIMAL NOT NULL DEFAULT 1.5,
    "color" BIGINT,
    "productItemKind" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "memberId" TEXT,
    CONSTRAINT "Audit_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE SET NULL
);

-- CreateTable
CREATE TABLE "_AuditToMember410" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_AuditToMember410_A_fkey" FOREIGN KEY ("A") REFERENCES "Audit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AuditToMember410_B_fkey" FOREIGN KEY ("B") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Member_slug_key" ON "Member"("slug");

-- CreateIndex
CREATE INDEX "Member_email_idx" ON "Member"("email");

-- CreateIndex
CREATE INDEX "member_email_1_ix" ON "Member"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_color_key" ON "Audit"("color");

-- CreateIndex
CREATE UNIQUE INDEX "_AuditToMember410_AB_unique" ON "_AuditToMember410"("A", "B");

-- CreateIndex
CREATE INDEX "_AuditToMember410_B_index" ON "_AuditToMember410"("B");
