-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "color" DATETIME,
    "amount" DATETIME NOT NULL,
    "title_col" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "isActive" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TEXT,
    "paymentId" TEXT,
    CONSTRAINT "Payment_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE SET NULL ON UPDATE SET NULL
);
