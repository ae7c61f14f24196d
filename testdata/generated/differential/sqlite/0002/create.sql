-- CreateTable
CREATE TABLE "prices" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "total" DECIMAL DEFAULT 0,
    "url" INTEGER DEFAULT -7,
    "flags" BLOB NOT NULL,
    "code" BIGINT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "prices_url_key" ON "prices"("url");

-- CreateIndex
CREATE INDEX "prices_total_idx" ON "prices"("total" DESC);

-- CreateIndex
CREATE INDEX "prices_code_idx" ON "prices"("code");
