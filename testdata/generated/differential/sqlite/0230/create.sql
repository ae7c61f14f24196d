-- CreateTable
CREATE TABLE "shipments" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" JSONB NOT NULL,
    "slug" BOOLEAN DEFAULT true,
    "secret" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "version" DATETIME
);

-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "rank" JSONB NOT NULL,
    "label" DATETIME,
    "score" TEXT NOT NULL,
    "flags" DECIMAL NOT NULL,
    "raw" geometry,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Project" (
    "regionId" INTEGER NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("regionId", "shipmentId"),
    CONSTRAINT "Project_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Project_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "shipments" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "shipments_version_slug_key" ON "shipments"("version", "slug");

-- CreateIndex
CREATE INDEX "Region_score_idx" ON "Region"("score");
