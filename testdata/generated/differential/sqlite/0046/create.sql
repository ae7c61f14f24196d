-- CreateTable
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "note" DECIMAL,
    "planId" INTEGER NOT NULL,
    CONSTRAINT "Profile_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" JSONB,
    "planId" INTEGER,
    CONSTRAINT "Plan_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PlanToProfile" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PlanToProfile_A_fkey" FOREIGN KEY ("A") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PlanToProfile_B_fkey" FOREIGN KEY ("B") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Profile_note_key" ON "Profile"("note");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_planId_key" ON "Profile"("planId");

-- CreateIndex
CREATE INDEX "profile_planid_0_ix" ON "Profile"("planId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "_PlanToProfile_AB_unique" ON "_PlanToProfile"("A", "B");

-- CreateIndex
CREATE INDEX "_PlanToProfile_B_index" ON "_PlanToProfile"("B");
