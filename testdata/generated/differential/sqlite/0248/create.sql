-- CreateTable
CREATE TABLE "Order" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "note" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "rank" REAL DEFAULT 0,
    "total" TEXT NOT NULL,
    "url" BOOLEAN DEFAULT true
);

-- CreateIndex
CREATE UNIQUE INDEX "Order_handle_key" ON "Order"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Order_handle_total_key" ON "Order"("handle", "total");
