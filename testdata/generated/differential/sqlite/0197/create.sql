-- CreateTable
CREATE TABLE "Role" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "balance" BOOLEAN DEFAULT true,
    "publishedAt" BLOB,
    "flags" DECIMAL NOT NULL
);

-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "createdAt" BIGINT NOT NULL,
    "balance" BLOB,
    "url" JSONB,
    "flags" BIGINT NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "AuditHistory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "avatar" INTEGER,
    "raw" money,
    "roleId" INTEGER,
    "roleId2" INTEGER,
    CONSTRAINT "AuditHistory_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditHistory_roleId2_fkey" FOREIGN KEY ("roleId2") REFERENCES "Role" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ItemToRole" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ItemToRole_A_fkey" FOREIGN KEY ("A") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ItemToRole_B_fkey" FOREIGN KEY ("B") REFERENCES "Role" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Role_handle_key" ON "Role"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Item_email_key" ON "Item"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Item_flags_email_key" ON "Item"("flags", "email");

-- CreateIndex
CREATE UNIQUE INDEX "AuditHistory_email_key" ON "AuditHistory"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AuditHistory_roleId2_key" ON "AuditHistory"("roleId2");

-- CreateIndex
CREATE INDEX "AuditHistory_roleId2_idx" ON "AuditHistory"("roleId2");

-- CreateIndex
CREATE UNIQUE INDEX "_ItemToRole_AB_unique" ON "_ItemToRole"("A", "B");

-- CreateIndex
CREATE INDEX "_ItemToRole_B_index" ON "_ItemToRole"("B");
