-- CreateTable
CREATE TABLE "Coupon" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "count_col" DATETIME NOT NULL,
    "position" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "url" TEXT NOT NULL,
    "meta" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00'
);

-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "price" TEXT DEFAULT 'a "quoted" word',
    "kind" INTEGER DEFAULT -7,
    "avatar" INTEGER NOT NULL,
    "ratio" JSONB NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_url_key" ON "Coupon"("url");

-- CreateIndex
CREATE UNIQUE INDEX "coupon_pair_key" ON "Coupon"("meta", "count_col");
