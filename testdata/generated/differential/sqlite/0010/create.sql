-- CreateTable
CREATE TABLE "reviews" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" BLOB,
    "kind" BLOB NOT NULL,
    "ratio" TEXT NOT NULL,
    "status" BIGINT DEFAULT 0,
    "publishedAt" REAL NOT NULL DEFAULT -2.25
);

-- CreateTable
CREATE TABLE "EventItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "size" JSONB,
    "title" INTEGER NOT NULL,
    "slug" JSONB NOT NULL,
    "url" REAL DEFAULT 1.5
);

-- CreateTable
CREATE TABLE "logs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "note" BIGINT,
    "storeItemKind" TEXT NOT NULL DEFAULT 'high_value'
);

-- CreateIndex
CREATE INDEX "reviews_ratio_idx" ON "reviews"("ratio");

-- CreateIndex
CREATE INDEX "review_ratio_1_ix" ON "reviews"("ratio" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "review_pair_key" ON "reviews"("ratio", "status");

-- CreateIndex
CREATE UNIQUE INDEX "EventItem_email_key" ON "EventItem"("email");

-- CreateIndex
CREATE INDEX "EventItem_url_idx" ON "EventItem"("url");

-- CreateIndex
CREATE UNIQUE INDEX "EventItem_url_email_key" ON "EventItem"("url", "email");

-- CreateIndex
CREATE UNIQUE INDEX "logs_storeItemKind_key" ON "logs"("storeItemKind");

-- CreateIndex
CREATE UNIQUE INDEX "logs_note_storeItemKind_key" ON "logs"("note", "storeItemKind");
