-- CreateTable
CREATE TABLE "Region" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "url" BIGINT NOT NULL,
    "score" CHAR(22) NOT NULL DEFAULT 'abcdefgh',
    "color" SMALLINT[] DEFAULT ARRAY[1, 2, 3]::SMALLINT[],

    CONSTRAINT "Region_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "meta_col" INTEGER,
    "slug" VARCHAR(201) NOT NULL DEFAULT (gen_random_uuid())::text,
    "logId" INTEGER NOT NULL,

    CONSTRAINT "invoice_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "CommentHistory" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "handle" TEXT NOT NULL,
    "payload" INTEGER,
    "label" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commenthistory_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Log" (
    "id" SERIAL NOT NULL,
    "label" BOOLEAN NOT NULL DEFAULT true,
    "name" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "kind" INTEGER,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Region_url_score_idx" ON "Region"("url", "score");

-- CreateIndex
CREATE INDEX "Region_score_idx" ON "Region"("score");

-- CreateIndex
CREATE INDEX "Region_color_idx" ON "Region" USING GIN ("color");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_email_key" ON "Invoice"("email");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_meta_uq" ON "Invoice"("meta_col");

-- CreateIndex
CREATE INDEX "Invoice_logId_idx" ON "Invoice"("logId");

-- CreateIndex
CREATE INDEX "Invoice_slug_idx" ON "Invoice" USING HASH ("slug");

-- CreateIndex
CREATE INDEX "Invoice_meta_col_idx" ON "Invoice"("meta_col");

-- CreateIndex
CREATE UNIQUE INDEX "CommentHistory_handle_key" ON "CommentHistory"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "commenthistory_pair_key" ON "CommentHistory"("label", "payload");

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_logId_fkey" FOREIGN KEY ("logId") REFERENCES "Log"("id") ON DELETE CASCADE ON UPDATE CASCADE;
