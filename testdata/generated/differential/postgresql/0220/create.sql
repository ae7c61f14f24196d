-- CreateTable
CREATE TABLE "Post_v2" (
    "id" BIGSERIAL NOT NULL,
    "balance" INTEGER,
    "post_v2Id" BIGINT,

    CONSTRAINT "Post_v2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Channel" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "size" DECIMAL(26,2) NOT NULL,
    "createdAt" JSONB DEFAULT '[]',
    "status_col" BOOLEAN DEFAULT true,
    "total" BOOLEAN,
    "position" BOOLEAN,
    "amount" TIMESTAMP(3) NOT NULL DEFAULT now(),

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_v2_post_v2Id_key" ON "Post_v2"("post_v2Id");

-- CreateIndex
CREATE INDEX "Post_v2_balance_idx" ON "Post_v2"("balance");

-- AddForeignKey
ALTER TABLE "Post_v2" ADD CONSTRAINT "Post_v2_post_v2Id_fkey" FOREIGN KEY ("post_v2Id") REFERENCES "Post_v2"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
