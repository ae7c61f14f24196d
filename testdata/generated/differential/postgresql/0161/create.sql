-- CreateTable
CREATE TABLE "Log" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 42,
    "position" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "label" JSONB NOT NULL DEFAULT '{}',
    "meta" BIGINT DEFAULT 0,
    "kind" TIMESTAMP NOT NULL,
    "body" REAL NOT NULL,
    "role2Id" INTEGER,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Role2" (
    "id" SERIAL NOT NULL,
    "count_col" TEXT,
    "role2Id" INTEGER,

    CONSTRAINT "Role2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" SERIAL NOT NULL,
    "total" INTEGER NOT NULL,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Log_count_idx" ON "Log"("count");

-- CreateIndex
CREATE INDEX "Log_tenantId_idx" ON "Log" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Role2_role2Id_key" ON "Role2"("role2Id");

-- CreateIndex
CREATE UNIQUE INDEX "Message_total_key" ON "Message"("total");

-- CreateIndex
CREATE INDEX "Message_total_idx" ON "Message"("total");

-- CreateIndex
CREATE INDEX "message_total_1_ix" ON "Message" USING BRIN ("total");

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "log_role2id_fk" FOREIGN KEY ("role2Id") REFERENCES "Role2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role2" ADD CONSTRAINT "Role2_role2Id_fkey" FOREIGN KEY ("role2Id") REFERENCES "Role2"("id") ON DELETE SET NULL ON UPDATE CASCADE;
