-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsAt" BLOB,
    "color" INTEGER,
    "level" TEXT NOT NULL,
    "color2" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paymentId" TEXT,
    "paymentId2" TEXT,
    CONSTRAINT "Payment_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE NO ACTION ON UPDATE SET DEFAULT,
    CONSTRAINT "Payment_paymentId2_fkey" FOREIGN KEY ("paymentId2") REFERENCES "Payment" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Payment_paymentId_idx" ON "Payment"("paymentId");

-- CreateIndex
CREATE INDEX "Payment_paymentId2_idx" ON "Payment"("paymentId2");
