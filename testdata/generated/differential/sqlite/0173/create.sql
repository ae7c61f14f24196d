-- CreateTable
CREATE TABLE "events" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position" TEXT NOT NULL,
    "publishedAt" REAL NOT NULL DEFAULT -2.25,
    "expiresAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "level_col" TEXT NOT NULL,
    "verified" TEXT,
    "roleHistoryKind" TEXT NOT NULL DEFAULT 'inactive_value'
);
