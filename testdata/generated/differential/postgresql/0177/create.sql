-- CreateTable
CREATE TABLE "Log_v2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "label" INTEGER NOT NULL,
    "position" BYTEA,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "slug" BIGINT NOT NULL DEFAULT 0,
    "raw" polygon,
    "log_v2id_ref" UUID,

    CONSTRAINT "Log_v2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "balance" DECIMAL(65,30) NOT NULL,
    "size" BOOLEAN,
    "code" TEXT NOT NULL,
    "score" BIGINT[],
    "amount" INTEGER NOT NULL,
    "level" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Log_v2_log_v2id_ref_idx" ON "Log_v2"("log_v2id_ref");

-- CreateIndex
CREATE INDEX "Account_code_level_idx" ON "Account"("code" DESC, "level");

-- CreateIndex
CREATE UNIQUE INDEX "account_pair_key" ON "Account"("balance", "size");

-- AddForeignKey
ALTER TABLE "Log_v2" ADD CONSTRAINT "Log_v2_log_v2id_ref_fkey" FOREIGN KEY ("log_v2id_ref") REFERENCES "Log_v2"("id") ON DELETE CASCADE ON UPDATE RESTRICT;
