-- CreateTable
CREATE TABLE "Message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "flags" BLOB,
    "kind" DATETIME NOT NULL,
    "status" BLOB,
    "meta" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "total" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "Message_handle_key" ON "Message"("handle");

-- CreateIndex
CREATE INDEX "Message_handle_idx" ON "Message"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Message_handle_kind_key" ON "Message"("handle", "kind");
