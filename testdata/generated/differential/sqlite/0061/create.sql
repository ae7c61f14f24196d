-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "avatar" BIGINT NOT NULL,
    "verified" INTEGER NOT NULL DEFAULT -7,
    "isActive" BOOLEAN
);

-- CreateIndex
CREATE INDEX "Event_verified_idx" ON "Event"("verified");

-- CreateIndex
CREATE INDEX "event_verified_1_ix" ON "Event"("verified");
