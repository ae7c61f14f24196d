-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" INTEGER,
    "balance" DECIMAL DEFAULT 0,
    "balance2" REAL,
    "balance3" TEXT,
    "weight" DECIMAL NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "shipmentId" TEXT,
    CONSTRAINT "Shipment_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Token_v2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" DECIMAL DEFAULT 2.25
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "weight" INTEGER,
    "payload" TEXT NOT NULL,
    "score" DECIMAL DEFAULT 0,
    "slug_col" INTEGER NOT NULL,
    "data" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "verified" BOOLEAN NOT NULL,
    "token_v2Id" INTEGER NOT NULL,
    "token_v2Id2" INTEGER NOT NULL,
    CONSTRAINT "Event_token_v2Id_fkey" FOREIGN KEY ("token_v2Id") REFERENCES "Token_v2" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Event_token_v2Id2_fkey" FOREIGN KEY ("token_v2Id2") REFERENCES "Token_v2" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "files" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" REAL NOT NULL,
    "data" BOOLEAN NOT NULL,
    "ratio" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data2" DATETIME NOT NULL,
    "size" BOOLEAN NOT NULL DEFAULT false
);

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_weight_key" ON "Shipment"("weight");

-- CreateIndex
CREATE INDEX "Event_weight_idx" ON "Event"("weight");

-- CreateIndex
CREATE INDEX "Event_score_idx" ON "Event"("score");

-- CreateIndex
CREATE INDEX "files_data_idx" ON "files"("data");

-- CreateIndex
CREATE INDEX "file_kind_1_ix" ON "files"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "files_ratio_kind_key" ON "files"("ratio", "kind");
