-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('LOW', 'ARCHIVED', 'INACTIVE', 'DONE');

-- CreateTable
CREATE TABLE "TeamLink" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "slug" BIGINT DEFAULT 0,
    "slug2" BOOLEAN,
    "payload" DOUBLE PRECISION DEFAULT 0,
    "weight" TIMESTAMPTZ NOT NULL,
    "teamLinkEmail" TEXT,

    CONSTRAINT "TeamLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL,
    "flags" BIGINT,
    "title" BOOLEAN,
    "endsAt" TIME(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "productKind" "ProductKind" NOT NULL DEFAULT 'INACTIVE',
    "tagId" TEXT NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "version" VARBIT(11) NOT NULL,
    "productKind" "ProductKind",
    "tagId" TEXT,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "price" JSONB DEFAULT '{"a": 1}',
    "note" SMALLINT DEFAULT (1 + 2),
    "meta" INTEGER,
    "score" BOOLEAN,
    "total" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    "code_col" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "count" INTEGER DEFAULT 0,
    "note" DECIMAL(65,30) NOT NULL DEFAULT 1.5,
    "flags" VARBIT,
    "name_col" INTEGER NOT NULL,
    "publishedAt" INTEGER NOT NULL,
    "productKind" "ProductKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TeamLink_email_key" ON "TeamLink"("email");

-- CreateIndex
CREATE INDEX "Store_tagId_idx" ON "Store"("tagId");

-- CreateIndex
CREATE INDEX "store_tagid_0_ix" ON "Store"("tagId");

-- CreateIndex
CREATE INDEX "store_tagid_sx" ON "Store" USING SPGIST ("tagId");

-- CreateIndex
CREATE UNIQUE INDEX "Store_title_flags_key" ON "Store"("title", "flags");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_handle_key" ON "Rating"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_tagId_key" ON "Rating"("tagId");

-- CreateIndex
CREATE INDEX "Rating_version_idx" ON "Rating"("version");

-- CreateIndex
CREATE INDEX "Rating_handle_idx" ON "Rating"("handle");

-- CreateIndex
CREATE INDEX "Event_meta_idx" ON "Event"("meta");

-- CreateIndex
CREATE UNIQUE INDEX "Event_total_note_key" ON "Event"("total", "note");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_handle_key" ON "Tag"("handle");

-- CreateIndex
CREATE INDEX "Tag_count_idx" ON "Tag"("count" DESC);

-- CreateIndex
CREATE INDEX "Tag_id_idx" ON "Tag" USING SPGIST ("id");

-- AddForeignKey
ALTER TABLE "TeamLink" ADD CONSTRAINT "TeamLink_teamLinkEmail_fkey" FOREIGN KEY ("teamLinkEmail") REFERENCES "TeamLink"("email") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "rating_tagid_fk" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE SET NULL ON UPDATE SET NULL;
