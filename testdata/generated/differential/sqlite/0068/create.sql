-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "secret" DECIMAL,
    "endsAt" REAL DEFAULT 0,
    "ratio_col" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "position" JSONB NOT NULL,
    "updatedAt" TEXT,
    "roleId" TEXT,
    "roleId2" TEXT,
    CONSTRAINT "Role_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role" ("id") ON DELETE SET NULL ON UPDATE SET NULL,
    CONSTRAINT "Role_roleId2_fkey" FOREIGN KEY ("roleId2") REFERENCES "Role" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Role_handle_key" ON "Role"("handle");

-- CreateIndex
CREATE INDEX "Role_roleId_idx" ON "Role"("roleId");

-- CreateIndex
CREATE UNIQUE INDEX "role_pair_key" ON "Role"("createdAt", "secret");
