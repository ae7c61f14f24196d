-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "kind" INTEGER[],
    "status" INTEGER NOT NULL,
    "code" DECIMAL(27,4) NOT NULL,
    "email" VARCHAR NOT NULL,
    "price" INET,
    "payload" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "flags" BIGINT NOT NULL,
    "price" INTEGER DEFAULT 0,
    "name" TEXT NOT NULL DEFAULT 'back\slash',
    "label" INTEGER NOT NULL DEFAULT (1 + 2),
    "verified" INTEGER NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" BIGSERIAL NOT NULL,
    "email" INTEGER[],
    "weight" TIMESTAMP(2),
    "body" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "flags" INTEGER,
    "flags2" DOUBLE PRECISION DEFAULT -2.25,
    "expiresat_col" OID NOT NULL,
    "taskId" INTEGER,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL,
    "code" TEXT[],
    "body" TIMESTAMP(3) DEFAULT now(),
    "email_col" JSONB,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ProjectToStore" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ProjectToStore_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Role_code_idx" ON "Role"("code");

-- CreateIndex
CREATE INDEX "role_code_1_ix" ON "Role"("code");

-- CreateIndex
CREATE INDEX "Shipment_roleId_idx" ON "Shipment"("roleId");

-- CreateIndex
CREATE INDEX "shipment_roleid_0_ix" ON "Shipment"("roleId" DESC);

-- CreateIndex
CREATE INDEX "Shipment_body_idx" ON "Shipment"("body");

-- CreateIndex
CREATE UNIQUE INDEX "Task_handle_key" ON "Task"("handle");

-- CreateIndex
CREATE INDEX "Task_taskId_idx" ON "Task"("taskId");

-- CreateIndex
CREATE INDEX "Task_flags_idx" ON "Task"("flags");

-- CreateIndex
CREATE INDEX "Store_body_idx" ON "Store"("body" DESC);

-- CreateIndex
CREATE INDEX "_ProjectToStore_B_index" ON "_ProjectToStore"("B");

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProjectToStore" ADD CONSTRAINT "_ProjectToStore_A_fkey" FOREIGN KEY ("A") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProjectToStore" ADD CONSTRAINT "_ProjectToStore_B_fkey" FOREIGN KEY ("B") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
