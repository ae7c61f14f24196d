-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "label" BIGINT,
    "color" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" INTEGER NOT NULL DEFAULT 42,
    "updatedAt2" BIGINT NOT NULL,
    "payload" JSONB NOT NULL,
    "name" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Project" ("color", "handle", "id", "label", "name", "payload", "updatedAt", "updatedAt2") SELECT "color", "handle", "id", "label", "name", "payload", "updatedAt", "updatedAt2" FROM "Project";
DROP TABLE "Project";
ALTER TABLE "new_Project" RENAME TO "Project";
CREATE UNIQUE INDEX "Project_handle_key" ON "Project"("handle");
CREATE INDEX "Project_label_color_idx" ON "Project"("label" DESC, "color");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
