-- CreateTable
CREATE TABLE "TeamEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "data_col" TEXT,
    "position" BLOB
);

-- CreateTable
CREATE TABLE "Message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta_col" INTEGER NOT NULL,
    "verified" BLOB NOT NULL,
    "ratio" INTEGER
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "rank" JSONB NOT NULL,
    "avatar" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "createdAt" TEXT DEFAULT 'it''s',
    "meta" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "title" JSONB NOT NULL,
    "avatar" INTEGER NOT NULL,
    "verified" DECIMAL NOT NULL
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "note" INTEGER DEFAULT -7
);

-- CreateIndex
CREATE INDEX "teamentry_data_0_ix" ON "TeamEntry"("data_col");

-- CreateIndex
CREATE INDEX "TeamEntry_data_col_idx" ON "TeamEntry"("data_col");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_handle_key" ON "Shipment"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_avatar_key" ON "Shipment"("avatar");

-- CreateIndex
CREATE INDEX "shipment_avatar_0_ix" ON "Shipment"("avatar" DESC);

-- CreateIndex
CREATE INDEX "Shipment_avatar_idx" ON "Shipment"("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_handle_key" ON "Cart"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_avatar_key" ON "Cart"("avatar");

-- CreateIndex
CREATE INDEX "Plan_note_idx" ON "Plan"("note");
