-- CreateTable
CREATE TABLE "Message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "isactive_col" BIGINT NOT NULL DEFAULT 0,
    "size_col" DATETIME,
    "url" DATETIME,
    "endsAt" BLOB,
    "slug" DATETIME NOT NULL,
    "messageId" INTEGER,
    CONSTRAINT "Message_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Message_handle_key" ON "Message"("handle");

-- CreateIndex
CREATE INDEX "Message_slug_idx" ON "Message"("slug");
