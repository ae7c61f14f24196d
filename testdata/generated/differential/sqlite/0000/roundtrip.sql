-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "url" TEXT,
    "color" INTEGER DEFAULT 0,
    "price" INTEGER,
    "weight_col" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "startsAt" JSONB,
    "taskid_ref" TEXT NOT NULL,
    CONSTRAINT "Tag_taskid_ref_fkey" FOREIGN KEY ("taskid_ref") REFERENCES "tasks" ("id") ON DELETE RESTRICT ON UPDATE SET DEFAULT
);
INSERT INTO "new_Tag" ("color", "email", "id", "price", "startsAt", "taskid_ref", "url", "weight_col") SELECT "color", "email", "id", "price", "startsAt", "taskid_ref", "url", "weight_col" FROM "Tag";
DROP TABLE "Tag";
ALTER TABLE "new_Tag" RENAME TO "Tag";
CREATE UNIQUE INDEX "Tag_email_key" ON "Tag"("email");
CREATE UNIQUE INDEX "Tag_taskid_ref_key" ON "Tag"("taskid_ref");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
