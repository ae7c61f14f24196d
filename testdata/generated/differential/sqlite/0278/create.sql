-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" JSONB NOT NULL,
    "raw" NUMERIC,
    "memberId" INTEGER,
    CONSTRAINT "Member_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endsAt" JSONB,
    "startsAt" REAL,
    "email" BIGINT NOT NULL,
    "total" BLOB,
    "raw" DATE,
    "ratingId" TEXT,
    CONSTRAINT "Rating_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating" ("id") ON DELETE SET NULL ON UPDATE SET NULL
);

-- CreateTable
CREATE TABLE "_MemberToRating" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_MemberToRating_A_fkey" FOREIGN KEY ("A") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_MemberToRating_B_fkey" FOREIGN KEY ("B") REFERENCES "Rating" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Member_memberId_idx" ON "Member"("memberId");

-- CreateIndex
CREATE INDEX "member_memberid_1_ix" ON "Member"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "rating_email_uq" ON "Rating"("email");

-- CreateIndex
CREATE INDEX "Rating_ratingId_email_idx" ON "Rating"("ratingId" DESC, "email");

-- CreateIndex
CREATE UNIQUE INDEX "_MemberToRating_AB_unique" ON "_MemberToRating"("A", "B");

-- CreateIndex
CREATE INDEX "_MemberToRating_B_index" ON "_MemberToRating"("B");
