-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "color" INTEGER
);

-- CreateTable
CREATE TABLE "Device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "updatedAt" BIGINT NOT NULL DEFAULT 0,
    "isActive" INTEGER NOT NULL DEFAULT 42,
    "version" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00'
);

-- CreateTable
CREATE TABLE "productwithaverylongnamethatgoesonandonfortruncations" (
    "productwithaverylongnamethatgoesonandonfortruncation_id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "score_col" INTEGER NOT NULL DEFAULT -7,
    "amount" JSONB NOT NULL,
    "kind_col" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "note" DATETIME DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "size" INTEGER DEFAULT 42,
    "expiresAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "version" BOOLEAN NOT NULL DEFAULT false,
    "kind" TEXT NOT NULL,
    "note" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "productId" TEXT,
    CONSTRAINT "Payment_productId_fkey" FOREIGN KEY ("productId") REFERENCES "productwithaverylongnamethatgoesonandonfortruncations" ("productwithaverylongnamethatgoesonandonfortruncation_id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ratings" (
    "rating_id" TEXT NOT NULL PRIMARY KEY,
    "level" JSONB NOT NULL,
    "email" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "productId" TEXT,
    CONSTRAINT "ratings_productId_fkey" FOREIGN KEY ("productId") REFERENCES "productwithaverylongnamethatgoesonandonfortruncations" ("productwithaverylongnamethatgoesonandonfortruncation_id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_slug_key" ON "Device"("slug");

-- CreateIndex
CREATE INDEX "Device_version_updatedAt_idx" ON "Device"("version", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "productwithaverylongnamethatgoesonandonfortruncations_slug_key" ON "productwithaverylongnamethatgoesonandonfortruncations"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_productId_key" ON "Payment"("productId");

-- CreateIndex
CREATE INDEX "Payment_kind_idx" ON "Payment"("kind");

-- CreateIndex
CREATE INDEX "Payment_expiresAt_idx" ON "Payment"("expiresAt" DESC);

-- CreateIndex
CREATE INDEX "ratings_productId_idx" ON "ratings"("productId");

-- CreateIndex
CREATE INDEX "ratings_email_idx" ON "ratings"("email");
