-- CreateTable
CREATE TABLE "roles" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "total" TEXT NOT NULL,
    "productKind" TEXT NOT NULL DEFAULT 'Published',
    "roleId" TEXT,
    CONSTRAINT "roles_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "roles" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "roles_total_idx" ON "roles"("total");

-- CreateIndex
CREATE INDEX "role_productkind_1_ix" ON "roles"("productKind");
