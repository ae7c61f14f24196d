-- CreateTable
CREATE TABLE "Doc" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "z" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "m" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "Doc_z_idx" ON "Doc"("z");

-- CreateIndex
CREATE INDEX "Doc_a_idx" ON "Doc"("a");

-- CreateIndex
CREATE INDEX "Doc_m_idx" ON "Doc"("m");
