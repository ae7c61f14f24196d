-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "kind" MONEY NOT NULL,
    "amount" DECIMAL(65,30)[],
    "position" TIMESTAMP(3) DEFAULT (now() + '1 day'::interval),
    "verified" BIGINT DEFAULT 1234567890123,
    "size" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "title" INTEGER DEFAULT (1 + 2),

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tickets" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "payload_col" BYTEA NOT NULL,

    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventItem" (
    "id" INTEGER NOT NULL,
    "price" BIGINT,
    "total" DOUBLE PRECISION,
    "amount" OID,
    "eventItemId" INTEGER,
    "productId" TEXT,

    CONSTRAINT "EventItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "payload" TEXT NOT NULL,

    CONSTRAINT "session_primary" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Product_kind_idx" ON "Product"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_email_key" ON "tickets"("email");

-- CreateIndex
CREATE INDEX "tickets_email_idx" ON "tickets"("email");

-- CreateIndex
CREATE UNIQUE INDEX "EventItem_price_key" ON "EventItem"("price" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "EventItem_productId_key" ON "EventItem"("productId");

-- CreateIndex
CREATE INDEX "EventItem_eventItemId_idx" ON "EventItem"("eventItemId");

-- CreateIndex
CREATE INDEX "EventItem_eventItemId_amount_idx" ON "EventItem"("eventItemId", "amount");

-- AddForeignKey
ALTER TABLE "EventItem" ADD CONSTRAINT "EventItem_eventItemId_fkey" FOREIGN KEY ("eventItemId") REFERENCES "EventItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventItem" ADD CONSTRAINT "eventitem_productid_fk" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;
