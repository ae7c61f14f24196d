-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL,
    "position" TEXT NOT NULL,
    "color_col" TEXT NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "balance" INTEGER[],
    "endsAt" DOUBLE PRECISION,
    "userId" INTEGER NOT NULL,
    "addressSlug" TEXT,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "User_color_col_idx" ON "User"("color_col");

-- CreateIndex
CREATE INDEX "User_position_idx" ON "User"("position");

-- CreateIndex
CREATE UNIQUE INDEX "Address_slug_key" ON "Address"("slug");

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_addressSlug_fkey" FOREIGN KEY ("addressSlug") REFERENCES "Address"("slug") ON DELETE SET NULL ON UPDATE CASCADE;
