-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" JSONB NOT NULL,
    "raw" NUMERIC,
    "memberId" INTEGER,
    CONSTRAINT "Member_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_Member" ("createdAt", "id", "memberId", "raw") SELECT "createdAt", "id", "memberId", "raw" FROM "Member";
DROP TABLE "Member";
ALTER TABLE "new_Member" RENAME TO "Member";
CREATE INDEX "Member_memberId_idx" ON "Member"("memberId");
CREATE INDEX "member_memberid_1_ix" ON "Member"("memberId");
CREATE TABLE "new_Rating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endsAt" JSONB,
    "startsAt" REAL,
    "email" BIGINT NOT NULL,
    "total" BLOB,
    "raw" DATE,
    "ratingId" TEXT,
    CONSTRAINT "Rating_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating" ("id") ON DELETE SET NULL ON UPDATE SET NULL
);
INSERT INTO "new_Rating" ("email", "endsAt", "id", "ratingId", "raw", "startsAt", "total") SELECT "email", "endsAt", "id", "ratingId", "raw", "startsAt", "total" FROM "Rating";
DROP TABLE "Rating";
ALTER TABLE "new_Rating" RENAME TO "Rating";
CREATE UNIQUE INDEX "rating_email_uq" ON "Rating"("email");
CREATE INDEX "Rating_ratingId_email_idx" ON "Rating"("ratingId" DESC, "email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
