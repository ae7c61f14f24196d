-- CreateTable
CREATE TABLE "Coupon" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "color" BOOLEAN,
    "url" BLOB NOT NULL,
    "label" BLOB,
    "verified" INTEGER NOT NULL,
    "position" TEXT NOT NULL DEFAULT '',

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "color" INTEGER DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    "publishedAt" JSONB,
    "label" JSONB NOT NULL,
    "slug" TEXT DEFAULT 'back\slash',
    "avatar" DATETIME,
    "postId" INTEGER,
    CONSTRAINT "Post_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_position_key" ON "Coupon"("position");

-- CreateIndex
CREATE INDEX "Coupon_position_idx" ON "Coupon"("position");

-- CreateIndex
CREATE INDEX "Coupon_color_idx" ON "Coupon"("color");

-- CreateIndex
CREATE INDEX "Post_postId_idx" ON "Post"("postId");
