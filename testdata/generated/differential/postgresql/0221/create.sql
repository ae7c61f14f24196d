-- CreateEnum
CREATE TYPE "RatingKind" AS ENUM ('draft', 'Published');

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "body" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ratingKind" "RatingKind"[],
    "sessionId" INTEGER,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "flags" INTEGER NOT NULL,
    "ratio" DECIMAL(65,30) DEFAULT 2.25,
    "price" TIMESTAMP(3),
    "version" INTEGER NOT NULL,
    "ratingKind" "RatingKind"[] DEFAULT ARRAY['draft']::"RatingKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Session_sessionId_idx" ON "Session"("sessionId");

-- CreateIndex
CREATE INDEX "Session_sessionId_body_idx" ON "Session"("sessionId", "body");

-- CreateIndex
CREATE INDEX "session_sessionid_1_ix" ON "Session"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Product_email_key" ON "Product"("email");

-- CreateIndex
CREATE UNIQUE INDEX "product_pair_key" ON "Product"("email", "version");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "session_sessionid_fk" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
