-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";

-- CreateTable
CREATE TABLE "Post_v2" (
    "id" BIGSERIAL NOT NULL,
    "flags" TEXT NOT NULL,
    "startsat_col" TIMESTAMP(3),

    CONSTRAINT "Post_v2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Post_v2_flags_idx" ON "Post_v2"("flags" DESC);

-- CreateIndex
CREATE INDEX "Post_v2_flags_startsat_col_idx" ON "Post_v2"("flags", "startsat_col");
