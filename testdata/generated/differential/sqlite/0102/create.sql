-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "url" INTEGER,
    "code" DECIMAL,
    "sessionKind" TEXT NOT NULL DEFAULT 'Published'
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "flags" DECIMAL NOT NULL,
    "weight" TEXT NOT NULL DEFAULT 'back\slash',
    "body" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "score_col" DATETIME NOT NULL,
    "avatar" BLOB,
    "color_col" INTEGER NOT NULL,
    "weight" TEXT NOT NULL DEFAULT '',
    "payload" INTEGER NOT NULL,
    "kind" INTEGER DEFAULT -7,
    "sessionKind" TEXT DEFAULT 'HIGH'
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "data_col" INTEGER DEFAULT 42,
    "weight_col" TEXT NOT NULL,
    "label" DATETIME,
    "ratio" DATETIME,
    "label2" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "sessionKind" TEXT DEFAULT 'HIGH'
);

-- CreateTable
CREATE TABLE "Channel" (
    "orderHandle" TEXT NOT NULL,
    "shipmentId" INTEGER NOT NULL,

    PRIMARY KEY ("orderHandle", "shipmentId"),
    CONSTRAINT "Channel_orderHandle_fkey" FOREIGN KEY ("orderHandle") REFERENCES "Order" ("handle") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Channel_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_NoteToShipment" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_NoteToShipment_A_fkey" FOREIGN KEY ("A") REFERENCES "Note" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_NoteToShipment_B_fkey" FOREIGN KEY ("B") REFERENCES "Shipment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Order_handle_key" ON "Order"("handle");

-- CreateIndex
CREATE INDEX "Order_handle_idx" ON "Order"("handle");

-- CreateIndex
CREATE INDEX "Order_sessionKind_idx" ON "Order"("sessionKind");

-- CreateIndex
CREATE INDEX "Note_weight_idx" ON "Note"("weight");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_email_key" ON "Rating"("email");

-- CreateIndex
CREATE INDEX "Rating_weight_col_idx" ON "Rating"("weight_col" DESC);

-- CreateIndex
CREATE INDEX "Rating_sessionKind_label2_idx" ON "Rating"("sessionKind", "label2");

-- CreateIndex
CREATE UNIQUE INDEX "_NoteToShipment_AB_unique" ON "_NoteToShipment"("A", "B");

-- CreateIndex
CREATE INDEX "_NoteToShipment_B_index" ON "_NoteToShipment"("B");
