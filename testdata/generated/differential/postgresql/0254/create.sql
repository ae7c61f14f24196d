-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "expiresAt" INTEGER,
    "email" DECIMAL(65,30) NOT NULL,
    "title" REAL DEFAULT -2.25,
    "item2Email" TEXT,
    "item2Email2" TEXT,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item2" (
    "id" SMALLINT NOT NULL,
    "email" TEXT NOT NULL,
    "secret" BIGINT NOT NULL DEFAULT 0,
    "startsAt" INTEGER[],
    "color" BIGINT,
    "email2" BOOLEAN DEFAULT true,

    CONSTRAINT "Item2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "flags" INTEGER NOT NULL,
    "weight" BIGINT NOT NULL,
    "email" JSONB NOT NULL DEFAULT '{"a": 1}',
    "noteId" INTEGER,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "noteId" INTEGER NOT NULL,
    "orderHandle" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("noteId","orderHandle")
);

-- CreateIndex
CREATE UNIQUE INDEX "Order_handle_key" ON "Order"("handle");

-- CreateIndex
CREATE INDEX "Order_expiresAt_item2Email_idx" ON "Order"("expiresAt", "item2Email");

-- CreateIndex
CREATE INDEX "Order_title_idx" ON "Order"("title");

-- CreateIndex
CREATE UNIQUE INDEX "Item2_email_key" ON "Item2"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Item2_email2_key" ON "Item2"("email2");

-- CreateIndex
CREATE INDEX "item2_email2_0_ix" ON "Item2"("email2");

-- CreateIndex
CREATE UNIQUE INDEX "Note_handle_key" ON "Note"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "note_pair_key" ON "Note"("weight", "flags");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_item2Email_fkey" FOREIGN KEY ("item2Email") REFERENCES "Item2"("email") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "order_item2email2_fk" FOREIGN KEY ("item2Email2") REFERENCES "Item2"("email") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_orderHandle_fkey" FOREIGN KEY ("orderHandle") REFERENCES "Order"("handle") ON DELETE RESTRICT ON UPDATE CASCADE;
