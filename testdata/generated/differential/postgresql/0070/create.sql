-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('inactive_value', 'low_value');

-- CreateTable
CREATE TABLE "Task_v2" (
    "id" TEXT NOT NULL,
    "size_col" BIGINT NOT NULL DEFAULT 1234567890123,
    "status" BIGINT[],
    "teamKind" "TeamKind"[],

    CONSTRAINT "Task_v2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "count" TEXT NOT NULL DEFAULT '',
    "total" INTEGER DEFAULT 42,
    "teamKind" "TeamKind" DEFAULT 'low_value',

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "task_v2Id" TEXT NOT NULL,
    "paymentId" UUID NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deviceTask_v2Id" TEXT,
    "devicePaymentId" UUID,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("task_v2Id","paymentId")
);

-- CreateTable
CREATE TABLE "_PaymentToTask_v2348" (
    "A" UUID NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PaymentToTask_v2348_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Task_v2_size_col_idx" ON "Task_v2"("size_col" DESC);

-- CreateIndex
CREATE INDEX "task_v2_size_1_ix" ON "Task_v2"("size_col" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Payment_teamKind_key" ON "Payment"("teamKind");

-- CreateIndex
CREATE INDEX "Payment_teamKind_total_idx" ON "Payment"("teamKind", "total");

-- CreateIndex
CREATE INDEX "Payment_count_idx" ON "Payment" USING HASH ("count");

-- CreateIndex
CREATE INDEX "device_devicepaymentid_0_ix" ON "Device"("devicePaymentId" DESC);

-- CreateIndex
CREATE INDEX "_PaymentToTask_v2348_B_index" ON "_PaymentToTask_v2348"("B");

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_task_v2Id_fkey" FOREIGN KEY ("task_v2Id") REFERENCES "Task_v2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_deviceTask_v2Id_devicePaymentId_fkey" FOREIGN KEY ("deviceTask_v2Id", "devicePaymentId") REFERENCES "Device"("task_v2Id", "paymentId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PaymentToTask_v2348" ADD CONSTRAINT "_PaymentToTask_v2348_A_fkey" FOREIGN KEY ("A") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PaymentToTask_v2348" ADD CONSTRAINT "_PaymentToTask_v2348_B_fkey" FOREIGN KEY ("B") REFERENCES "Task_v2"("id") ON DELETE CASCADE ON UPDATE CASCADE;
