-- CreateTable
CREATE TABLE "Team" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" BIGINT NOT NULL DEFAULT 0,
    "payload" BIGINT,
    "payload2" BLOB NOT NULL,
    "hash" BLOB,
    "status_col" INTEGER NOT NULL DEFAULT -7,
    "verified" TEXT NOT NULL DEFAULT 'it''s'
);

-- CreateIndex
CREATE UNIQUE INDEX "team_pair_key" ON "Team"("payload", "title");
