-- CreateTable
CREATE TABLE "Rating" (
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

-- CreateTable
CREATE TABLE "shipment_v2s" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" BOOLEAN NOT NULL,
    "rank" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "updatedAt" TEXT NOT NULL,
    "updatedAt2" JSONB,
    "score" JSONB NOT NULL,
    "version" DATETIME NOT NULL,
    "ratingId" INTEGER NOT NULL,
    "eventid_ref" TEXT,
    CONSTRAINT "shipment_v2s_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating" ("id") ON DELETE RESTRICT ON UPDATE RESTRICT,
    CONSTRAINT "shipment_v2s_eventid_ref_fkey" FOREIGN KEY ("eventid_ref") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
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

-- CreateIndex
CREATE UNIQUE INDEX "Rating_handle_key" ON "Rating"("handle");

-- CreateIndex
CREATE INDEX "Rating_hash_idx" ON "Rating"("hash");

-- CreateIndex
CREATE INDEX "Rating_size_idx" ON "Rating"("size");

-- CreateIndex
CREATE INDEX "shipment_v2s_updatedAt_idx" ON "shipment_v2s"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "shipment_v2_pair_key" ON "shipment_v2s"("version", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "event_pair_key" ON "Event"("weight", "startsAt");
