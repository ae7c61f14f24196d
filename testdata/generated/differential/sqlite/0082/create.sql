-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" DECIMAL NOT NULL DEFAULT 1.5,
    "title_col" INTEGER DEFAULT -7
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" BLOB NOT NULL
);

-- CreateIndex
CREATE INDEX "Cart_title_col_idx" ON "Cart"("title_col");
