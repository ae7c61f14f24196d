-- CreateTable
CREATE TABLE "Cart" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "score_col" INTEGER NOT NULL DEFAULT (1 + 2),
    "ratingEntryId" TEXT,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Address" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "publishedAt" BIGINT,
    "note" INTEGER NOT NULL,
    "price" BOOLEAN NOT NULL DEFAULT false,
    "score_col" TIMESTAMP(3),
    "raw" point,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "RatingEntry" (
    "id" TEXT NOT NULL,
    "note_col" VARCHAR(200) NOT NULL,
    "weight_col" MONEY NOT NULL,
    "url" INTEGER,
    "status" DOUBLE PRECISION NOT NULL,
    "raw" Int4,
    "ratingEntryId" TEXT,

    CONSTRAINT "ratingentry_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "score" DECIMAL(65,30) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "teamId" INTEGER NOT NULL,
    "noteId" INTEGER,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "isActive" INTEGER DEFAULT 42,
    "body" DATE,
    "email" VARBIT(5) DEFAULT '1111',
    "status" JSONB NOT NULL,
    "rank" CHAR(36) NOT NULL,
    "title" INTEGER,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductEntry" (
    "id" BIGSERIAL NOT NULL,
    "flags" SMALLINT,

    CONSTRAINT "ProductEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cart_ratingEntryId_key" ON "Cart"("ratingEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "Address_slug_key" ON "Address"("slug");

-- CreateIndex
CREATE INDEX "Address_score_col_idx" ON "Address"("score_col" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "address_pair_key" ON "Address"("slug", "note");

-- CreateIndex
CREATE INDEX "RatingEntry_ratingEntryId_idx" ON "RatingEntry"("ratingEntryId");

-- CreateIndex
CREATE INDEX "Note_noteId_idx" ON "Note"("noteId");

-- CreateIndex
CREATE INDEX "note_noteid_0_ix" ON "Note"("noteId");

-- CreateIndex
CREATE UNIQUE INDEX "team_rank_uq" ON "Team"("rank");

-- CreateIndex
CREATE INDEX "Team_title_idx" ON "Team"("title");

-- CreateIndex
CREATE INDEX "Team_rank_idx" ON "Team"("rank" DESC);

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_ratingEntryId_fkey" FOREIGN KEY ("ratingEntryId") REFERENCES "RatingEntry"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingEntry" ADD CONSTRAINT "RatingEntry_ratingEntryId_fkey" FOREIGN KEY ("ratingEntryId") REFERENCES "RatingEntry"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE SET NULL ON UPDATE CASCADE;
