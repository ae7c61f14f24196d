-- CreateTable
CREATE TABLE "posts" (
    "id" SERIAL NOT NULL,
    "data" TIMESTAMP(3) NOT NULL,
    "url" INTEGER NOT NULL,
    "planId" INTEGER NOT NULL,

    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "secret" TIMESTAMPTZ(6),
    "payload" TIMETZ(5),
    "isActive" BIT(2) NOT NULL,
    "verified" INTEGER NOT NULL,
    "name" TIMESTAMP(3),
    "planId" INTEGER,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "url" INTEGER NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "posts_url_idx" ON "posts"("url");

-- CreateIndex
CREATE UNIQUE INDEX "posts_url_data_key" ON "posts"("url", "data");

-- CreateIndex
CREATE UNIQUE INDEX "Note_slug_key" ON "Note"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_email_key" ON "Plan"("email");

-- CreateIndex
CREATE INDEX "Plan_url_email_idx" ON "Plan"("url", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_email_url_key" ON "Plan"("email", "url");

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "post_planid_fk" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;
