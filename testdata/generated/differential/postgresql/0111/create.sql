-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "rank" BIGINT[],
    "hash" INTEGER,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regions" (
    "id" SERIAL NOT NULL,
    "email" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" BYTEA,
    "slug" INTEGER NOT NULL,
    "raw" circle,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified_col" TIMESTAMP(5) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "slug" REAL NOT NULL DEFAULT 1.5,
    "total" INTEGER,
    "count" TIMESTAMP(3),
    "raw" int4range,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Tag" (
    "tag_id" UUID NOT NULL,
    "avatar" VARBIT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("tag_id")
);

-- CreateTable
CREATE TABLE "Note" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" DOUBLE PRECISION,
    "version" BIGINT NOT NULL,
    "hash" BIGINT NOT NULL,
    "meta" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" BIT(3) DEFAULT '111',
    "payload" BYTEA NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Item_slug_key" ON "Item"("slug");

-- CreateIndex
CREATE INDEX "Item_slug_idx" ON "Item"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "regions_email_key" ON "regions"("email");

-- CreateIndex
CREATE INDEX "regions_email_idx" ON "regions" USING HASH ("email");

-- CreateIndex
CREATE INDEX "region_slug_1_ix" ON "regions"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Session_slug_key" ON "Session"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "session_pair_key" ON "Session"("count", "verified_col");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_avatar_key" ON "Tag"("avatar");

-- CreateIndex
CREATE INDEX "Tag_avatar_idx" ON "Tag"("avatar");

-- CreateIndex
CREATE INDEX "tag_avatar_1_ix" ON "Tag"("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "Note_meta_key" ON "Note"("meta");

-- CreateIndex
CREATE INDEX "note_createdat_0_ix" ON "Note"("createdAt", "meta");

-- CreateIndex
CREATE INDEX "Note_createdAt_idx" ON "Note"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "note_pair_key" ON "Note"("hash", "label");
