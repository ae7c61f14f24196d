-- CreateTable
CREATE TABLE "plans" (
    "id" BIGSERIAL NOT NULL,
    "price" TIMESTAMP(3) NOT NULL DEFAULT now(),
    "kind" INTEGER,
    "rank" BOOLEAN NOT NULL,

    CONSTRAINT "plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "position" JSONB,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanHistory" (
    "id" SERIAL NOT NULL,
    "publishedAt" BOOLEAN,

    CONSTRAINT "PlanHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "plans_rank_key" ON "plans"("rank");

-- CreateIndex
CREATE INDEX "plan_price_0_ix" ON "plans"("price", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_handle_key" ON "Cart"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "PlanHistory_publishedAt_key" ON "PlanHistory"("publishedAt");

-- CreateIndex
CREATE INDEX "planhistory_publishedat_0_ix" ON "PlanHistory"("publishedAt" DESC);
