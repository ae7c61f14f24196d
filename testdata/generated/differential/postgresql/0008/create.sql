-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "extra";

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "body" TIMESTAMP(3) NOT NULL,
    "slug2" JSON NOT NULL,
    "hash" BIGINT,
    "userId" INTEGER,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "extra"."Channel" (
    "id" SERIAL NOT NULL,
    "avatar" DECIMAL(28,0) NOT NULL DEFAULT 2.25,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" SERIAL NOT NULL,
    "meta" BIGINT DEFAULT 1234567890123,
    "ratio" TIMESTAMP(3),
    "flags" BOOLEAN[],
    "note" BYTEA NOT NULL,
    "createdAt" JSONB NOT NULL,
    "score" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "raw" point,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."Role" (
    "id" TEXT NOT NULL,
    "status" INTEGER DEFAULT (1 + 2),
    "level" BIT NOT NULL,
    "avatar" TEXT,
    "url" TEXT NOT NULL,
    "publishedAt" BIGINT NOT NULL DEFAULT 1234567890123,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_slug_key" ON "User"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_userId_key" ON "User"("userId");

-- CreateIndex
CREATE INDEX "User_userId_idx" ON "User"("userId");

-- CreateIndex
CREATE INDEX "review_ratio_0_ix" ON "Review"("ratio" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Role_url_key" ON "auth"."Role"("url");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
