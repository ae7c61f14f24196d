-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "color" DECIMAL NOT NULL
);

-- CreateTable
CREATE TABLE "StoreEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "publishedAt" BIGINT,
    "storeEntryId" TEXT,
    CONSTRAINT "StoreEntry_storeEntryId_fkey" FOREIGN KEY ("storeEntryId") REFERENCES "StoreEntry" ("id") ON DELETE SET DEFAULT ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "body" BOOLEAN,
    "name" REAL NOT NULL,
    "email" INTEGER NOT NULL DEFAULT 42,
    "color" DATETIME,
    "total" JSONB,
    "weight_col" DECIMAL
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" BIGINT NOT NULL DEFAULT 1234567890123,
    "url" BOOLEAN NOT NULL DEFAULT true,
    "score" JSONB,
    "url2" TEXT,
    "commentId" TEXT NOT NULL,
    CONSTRAINT "Folder_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Ticket" (
    "auditId" TEXT NOT NULL,
    "storeEntryId" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("auditId", "storeEntryId"),
    CONSTRAINT "Ticket_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Ticket_storeEntryId_fkey" FOREIGN KEY ("storeEntryId") REFERENCES "StoreEntry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "comment_color_0_ix" ON "Comment"("color" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "StoreEntry_slug_key" ON "StoreEntry"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "StoreEntry_publishedAt_key" ON "StoreEntry"("publishedAt");

-- CreateIndex
CREATE INDEX "StoreEntry_slug_idx" ON "StoreEntry"("slug");

-- CreateIndex
CREATE INDEX "Audit_email_idx" ON "Audit"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_commentId_key" ON "Folder"("commentId");

-- CreateIndex
CREATE INDEX "Folder_url2_idx" ON "Folder"("url2");

-- CreateIndex
CREATE INDEX "folder_url2_1_ix" ON "Folder"("url2");
