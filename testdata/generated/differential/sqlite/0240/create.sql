-- CreateTable
CREATE TABLE "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "payload" REAL NOT NULL,
    "endsAt" INTEGER NOT NULL DEFAULT -7,
    "expiresAt" BLOB,
    "createdAt" JSONB NOT NULL,
    "expiresAt2" REAL NOT NULL DEFAULT -2.25,
    "rank" BLOB NOT NULL,
    "deviceSlug" TEXT,
    CONSTRAINT "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation_deviceSlug_fkey" FOREIGN KEY ("deviceSlug") REFERENCES "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation_slug_key" ON "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "devicewithaverylongnamethatgoesonandonfo_deviceslug_one" ON "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation"("deviceSlug");

-- CreateIndex
CREATE INDEX "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation_payload_idx" ON "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation"("payload");
