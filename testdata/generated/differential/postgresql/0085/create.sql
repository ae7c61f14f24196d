-- CreateTable
CREATE TABLE "Review" (
    "id" SERIAL NOT NULL,
    "publishedAt" TEXT DEFAULT 'hello',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" BIGINT NOT NULL,
    "verified" BYTEA NOT NULL,
    "status" JSON,
    "raw" Int4,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL,
    "status" DECIMAL DEFAULT 0,
    "payload" BYTEA NOT NULL,
    "balance" TIMESTAMPTZ DEFAULT (now() + '1 day'::interval),
    "endsAt" BYTEA NOT NULL,
    "channelId" TEXT,
    "channelId2" TEXT,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL,
    "meta" DECIMAL(65,30)[],
    "createdAt" TEXT[],
    "raw" tsquery,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) DEFAULT (now() + '1 day'::interval),
    "status" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "reviewId" INTEGER NOT NULL,
    "channelId" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("reviewId","channelId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Channel_status_key" ON "Channel"("status");

-- CreateIndex
CREATE INDEX "Channel_channelId_idx" ON "Channel"("channelId");

-- CreateIndex
CREATE INDEX "Profile_createdAt_idx" ON "Profile" USING GIN ("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_handle_key" ON "User"("handle");

-- CreateIndex
CREATE INDEX "Order_channelId_idx" ON "Order" USING SPGIST ("channelId");

-- AddForeignKey
ALTER TABLE "Channel" ADD CONSTRAINT "Channel_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Channel" ADD CONSTRAINT "Channel_channelId2_fkey" FOREIGN KEY ("channelId2") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;
