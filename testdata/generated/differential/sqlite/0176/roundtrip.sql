-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "payload" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "memberId" INTEGER,
    "memberId2" INTEGER,
    CONSTRAINT "Member_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Member_memberId2_fkey" FOREIGN KEY ("memberId2") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE SET NULL
);
INSERT INTO "new_Member" ("createdAt", "id", "memberId", "memberId2", "payload") SELECT "createdAt", "id", "memberId", "memberId2", "payload" FROM "Member";
DROP TABLE "Member";
ALTER TABLE "new_Member" RENAME TO "Member";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
