-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "label" BLOB NOT NULL,
    "ratio" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "color" REAL NOT NULL,
    "price" TEXT,
    "score" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "postEmail" TEXT,
    "postEmail2" TEXT,
    CONSTRAINT "Post_postEmail_fkey" FOREIGN KEY ("postEmail") REFERENCES "Post" ("email") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Post_postEmail2_fkey" FOREIGN KEY ("postEmail2") REFERENCES "Post" ("email") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_email_key" ON "Post"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Post_postEmail_key" ON "Post"("postEmail");

-- CreateIndex
CREATE INDEX "Post_postEmail_idx" ON "Post"("postEmail");
