-- CreateTable
CREATE TABLE "Price" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" BIGINT NOT NULL,
    "paymentKind" TEXT,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE INDEX "Price_slug_idx" ON "Price"("slug");
