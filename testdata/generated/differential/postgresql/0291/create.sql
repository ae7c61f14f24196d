-- CreateTable
CREATE TABLE "comments" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "data" CHAR(10) NOT NULL DEFAULT 'abcdefgh',

    CONSTRAINT "comment_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "profiles" (
    "id" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "position" TIMESTAMP(3)[],
    "title" BIGINT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "profiles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SMALLINT NOT NULL,
    "slug" TEXT NOT NULL,
    "size" VARBIT(7) NOT NULL DEFAULT '1111',
    "flags" BOOLEAN NOT NULL DEFAULT true,
    "slug2" INTEGER NOT NULL,
    "price" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "isActive" TEXT NOT NULL,
    "code" BYTEA,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "comments_data_key" ON "comments"("data");

-- CreateIndex
CREATE INDEX "comment_data_0_ix" ON "comments"("data");

-- CreateIndex
CREATE INDEX "comment_data_1_ix" ON "comments"("data");

-- CreateIndex
CREATE INDEX "profiles_level_idx" ON "profiles"("level");

-- CreateIndex
CREATE INDEX "profile_level_sx" ON "profiles" USING SPGIST ("level");

-- CreateIndex
CREATE UNIQUE INDEX "Member_slug_key" ON "Member"("slug");
