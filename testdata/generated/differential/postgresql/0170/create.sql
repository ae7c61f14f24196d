-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "slug" INTEGER NOT NULL,
    "status" XML NOT NULL,
    "title" BIGINT,
    "isActive" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIME,
    "hash" INTEGER,
    "projectId" INTEGER,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "price_col" TEXT NOT NULL DEFAULT 'back\slash',
    "projectid_ref" INTEGER,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" TEXT NOT NULL,
    "level" JSON DEFAULT '{}',

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_TeamToProject732" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_TeamToProject732_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Team_projectId_key" ON "Team"("projectId");

-- CreateIndex
CREATE INDEX "Team_projectId_hash_idx" ON "Team"("projectId" DESC, "hash");

-- CreateIndex
CREATE INDEX "Project_projectid_ref_idx" ON "Project"("projectid_ref");

-- CreateIndex
CREATE INDEX "Project_price_col_projectid_ref_idx" ON "Project"("price_col", "projectid_ref");

-- CreateIndex
CREATE INDEX "Store_id_idx" ON "Store" USING SPGIST ("id");

-- CreateIndex
CREATE INDEX "_TeamToProject732_B_index" ON "_TeamToProject732"("B");

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_projectid_ref_fkey" FOREIGN KEY ("projectid_ref") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TeamToProject732" ADD CONSTRAINT "_TeamToProject732_A_fkey" FOREIGN KEY ("A") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TeamToProject732" ADD CONSTRAINT "_TeamToProject732_B_fkey" FOREIGN KEY ("B") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
