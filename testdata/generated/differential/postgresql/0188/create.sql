-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateTable
CREATE TABLE "ratings" (
    "id" SERIAL NOT NULL,
    "title" BYTEA[],
    "avatar" MONEY,
    "email" BIGINT NOT NULL,
    "ratingId" INTEGER,

    CONSTRAINT "ratings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" BIGSERIAL NOT NULL,
    "publishedAt" DECIMAL,
    "avatar" XML NOT NULL,
    "meta" TEXT NOT NULL,
    "slug" DATE DEFAULT '2024-01-02 00:00:00 +00:00',
    "verified" DOUBLE PRECISION NOT NULL DEFAULT -2.25,
    "ratingid_ref" INTEGER NOT NULL,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "posts" (
    "id" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3),
    "note" BIGINT NOT NULL DEFAULT 0,
    "label_col" TEXT NOT NULL,
    "score" INTEGER,
    "hash" CHAR(29) DEFAULT 'abcdefgh',

    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ratings_email_key" ON "ratings"("email");

-- CreateIndex
CREATE INDEX "ratings_ratingId_idx" ON "ratings"("ratingId");

-- CreateIndex
CREATE INDEX "ratings_avatar_idx" ON "ratings"("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "Device_ratingid_ref_key" ON "Device"("ratingid_ref");

-- CreateIndex
CREATE INDEX "Device_meta_ratingid_ref_idx" ON "Device"("meta" DESC, "ratingid_ref");

-- CreateIndex
CREATE INDEX "Device_slug_idx" ON "Device"("slug");

-- AddForeignKey
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "ratings"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_ratingid_ref_fkey" FOREIGN KEY ("ratingid_ref") REFERENCES "ratings"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;
