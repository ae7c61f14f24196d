-- CreateTable
CREATE TABLE "Profile" (
    "id" SERIAL NOT NULL,
    "amount" JSONB DEFAULT '[]',
    "note" DECIMAL NOT NULL DEFAULT 2.25,
    "hash" CHAR(9) DEFAULT 'abcdefgh',
    "position" INTEGER NOT NULL DEFAULT 42,
    "price" DECIMAL(65,30),
    "profileId" INTEGER,
    "profileId2" INTEGER,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "profile_position_uq" ON "Profile"("position");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_profileId_key" ON "Profile"("profileId");

-- CreateIndex
CREATE INDEX "Profile_price_note_idx" ON "Profile"("price" DESC, "note");

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_profileId2_fkey" FOREIGN KEY ("profileId2") REFERENCES "Profile"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
