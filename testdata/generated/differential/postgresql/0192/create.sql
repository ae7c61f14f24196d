-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('draft', 'HIGH', 'active_value');

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "status" INET DEFAULT '127.0.0.1',
    "createdat_col" TEXT NOT NULL,
    "avatar" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3)[],
    "raw" int4range,
    "postId" INTEGER,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" BIGSERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "code" CHAR(27),
    "expiresAt" SMALLINT NOT NULL,
    "meta" BOOLEAN NOT NULL,
    "teamKind" "TeamKind" DEFAULT 'draft',
    "raw" tsvector,
    "postId" INTEGER NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TagWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "meta_col" TIME(3),

    CONSTRAINT "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_status_key" ON "Post"("status");

-- CreateIndex
CREATE INDEX "Post_createdat_col_idx" ON "Post"("createdat_col");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_handle_key" ON "Comment"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_postId_key" ON "Comment"("postId");

-- CreateIndex
CREATE INDEX "Comment_teamKind_idx" ON "Comment"("teamKind");

-- CreateIndex
CREATE INDEX "comment_teamkind_1_ix" ON "Comment"("teamKind");

-- CreateIndex
CREATE INDEX "tagwithaverylongnamethatgoesonandonfortr_meta_0_ix" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation" USING HASH ("meta_col");

-- CreateIndex
CREATE INDEX "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_tenantId_idx" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation" USING SPGIST ("tenantId");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
