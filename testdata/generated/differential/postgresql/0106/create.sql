-- CreateTable
CREATE TABLE "Comment" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "size" XML,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" BIGSERIAL NOT NULL,
    "verified" BYTEA NOT NULL,
    "position" SMALLINT,
    "meta" BOOLEAN,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "posts" (
    "id" SERIAL NOT NULL,
    "amount" INTEGER DEFAULT 0,
    "expiresAt" INTEGER,
    "score" UUID NOT NULL,
    "startsAt" BIGINT NOT NULL,

    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "body_col" TEXT,
    "code" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "note" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "raw" interval,
    "planEmail" TEXT,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Comment_slug_key" ON "Comment"("slug");

-- CreateIndex
CREATE INDEX "Comment_slug_idx" ON "Comment"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "channel_position_uq" ON "Channel"("position");

-- CreateIndex
CREATE INDEX "Channel_position_idx" ON "Channel"("position" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "channel_pair_key" ON "Channel"("meta", "position");

-- CreateIndex
CREATE UNIQUE INDEX "posts_score_key" ON "posts"("score");

-- CreateIndex
CREATE INDEX "posts_startsAt_idx" ON "posts"("startsAt");

-- CreateIndex
CREATE INDEX "posts_amount_idx" ON "posts"("amount");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_email_key" ON "Plan"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_planEmail_key" ON "Plan"("planEmail");

-- CreateIndex
CREATE INDEX "plan_email_0_ix" ON "Plan"("email" DESC, "planEmail");

-- CreateIndex
CREATE INDEX "Plan_email_idx" ON "Plan" USING SPGIST ("email");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_planEmail_fkey" FOREIGN KEY ("planEmail") REFERENCES "Plan"("email") ON DELETE CASCADE ON UPDATE RESTRICT;
