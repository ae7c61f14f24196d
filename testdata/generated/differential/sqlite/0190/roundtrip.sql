-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL DEFAULT 42,
    "startsAt" DATETIME,
    "email" BIGINT DEFAULT 1234567890123,
    "price" INTEGER NOT NULL,
    "weight" BIGINT DEFAULT 0,
    "expiresAt" BOOLEAN NOT NULL DEFAULT true,
    "raw" DATE,
    "ratingid_ref" INTEGER,
    CONSTRAINT "Event_ratingid_ref_fkey" FOREIGN KEY ("ratingid_ref") REFERENCES "Rating" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("email", "expiresAt", "id", "position", "price", "ratingid_ref", "raw", "startsAt", "weight") SELECT "email", "expiresAt", "id", "position", "price", "ratingid_ref", "raw", "startsAt", "weight" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "event_pair_key" ON "Event"("weight", "startsAt");
CREATE TABLE "new_Rating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "name" INTEGER NOT NULL,
    "size" DECIMAL NOT NULL DEFAULT 1.5,
    "publishedAt" BLOB NOT NULL,
    "startsAt" JSONB,
    "hash" BOOLEAN NOT NULL,
    "raw" DATE,
    "eventId" TEXT NOT NULL,
    CONSTRAINT "Rating_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
);
INSERT INTO "new_Rating" ("eventId", "handle", "hash", "id", "name", "publishedAt", "raw", "size", "startsAt") SELECT "eventId", "handle", "hash", "id", "name", "publishedAt", "raw", "size", "startsAt" FROM "Rating";
DROP TABLE "Rating";
ALTER TABLE "new_Rating" RENAME TO "Rating";
CREATE UNIQUE INDEX "Rating_handle_key" ON "Rating"("handle");
CREATE INDEX "Rating_hash_idx" ON "Rating"("hash");
CREATE INDEX "Rating_size_idx" ON "Rating"("size");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
