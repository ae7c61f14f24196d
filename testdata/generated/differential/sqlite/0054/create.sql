-- CreateTable
CREATE TABLE "Device" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "verified" INTEGER DEFAULT 42,
    "title" DECIMAL NOT NULL,
    "endsAt" TEXT,
    "hash" BLOB NOT NULL,
    "raw" circle
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "isactive_col" BOOLEAN,
    "note" REAL NOT NULL,
    "position" BLOB NOT NULL,
    "position2" DECIMAL,
    "cartslug_ref" TEXT,
    CONSTRAINT "Cart_cartslug_ref_fkey" FOREIGN KEY ("cartslug_ref") REFERENCES "Cart" ("slug") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_handle_key" ON "Device"("handle");

-- CreateIndex
CREATE INDEX "Device_endsAt_idx" ON "Device"("endsAt");

-- CreateIndex
CREATE INDEX "device_endsat_1_ix" ON "Device"("endsAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Cart_slug_key" ON "Cart"("slug");
