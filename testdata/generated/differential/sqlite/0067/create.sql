-- CreateTable
CREATE TABLE "Channel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "secret" BIGINT NOT NULL,
    "color" REAL DEFAULT 1.5,
    "title" BLOB,
    "count" BIGINT NOT NULL DEFAULT 0,
    "body" BIGINT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Channel_handle_key" ON "Channel"("handle");

-- CreateIndex
CREATE INDEX "Channel_secret_idx" ON "Channel"("secret");
