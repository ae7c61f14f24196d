-- CreateTable
CREATE TABLE "Doc" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "slug" TEXT NOT NULL,
    "email" TEXT NOT NULL,

    CONSTRAINT "Doc_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Doc_old_title_idx" ON "Doc"("title");

-- CreateIndex
CREATE INDEX "Doc_body_idx" ON "Doc"("body");

-- CreateIndex
CREATE INDEX "Doc_slug_idx" ON "Doc"("slug");
