-- CreateEnum
CREATE TYPE "ProjectKind" AS ENUM ('INACTIVE', 'DONE', 'PENDING');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('DONE', 'PENDING');

-- CreateTable
CREATE TABLE "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL,
    "score" TIME NOT NULL,
    "score2" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "projectKind" "ProjectKind" NOT NULL,

    CONSTRAINT "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "level" TIMESTAMP NOT NULL,
    "count" DOUBLE PRECISION NOT NULL DEFAULT -2.25,
    "slug" TIMETZ NOT NULL,
    "color_col" TIMESTAMPTZ(3),
    "avatar" INTEGER,
    "total" XML NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deviceId" INTEGER NOT NULL,
    "deviceId2" INTEGER NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "version_col" BOOLEAN DEFAULT false,
    "data" INTEGER,
    "body" TIMESTAMP(3)[],
    "body2" TIMESTAMP(3),
    "code" DECIMAL(65,30) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticketId" INTEGER,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" SERIAL NOT NULL,
    "data" TIMESTAMP(3) NOT NULL,
    "isActive" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "email" TIME,
    "updatedAt" SMALLINT,
    "publishedAt" DECIMAL(65,30) NOT NULL DEFAULT 1.5,
    "projectKind" "ProjectKind",
    "updatedAt2" TIMESTAMP(3) NOT NULL,
    "logId" INTEGER NOT NULL,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Log" (
    "id" SERIAL NOT NULL,
    "startsAt" JSONB,
    "balance" INTEGER NOT NULL,
    "projectKind" "ProjectKind" NOT NULL,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "File" (
    "deviceId" INTEGER NOT NULL,
    "logId" INTEGER NOT NULL,

    CONSTRAINT "File_pkey" PRIMARY KEY ("deviceId","logId")
);

-- CreateTable
CREATE TABLE "Tag" (
    "postId" TEXT NOT NULL,
    "logId" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("postId","logId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_avatar_key" ON "Post"("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "Post_deviceId_key" ON "Post"("deviceId");

-- CreateIndex
CREATE INDEX "Post_count_idx" ON "Post"("count");

-- CreateIndex
CREATE UNIQUE INDEX "post_pair_key" ON "Post"("count", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_email_key" ON "Ticket"("email");

-- CreateIndex
CREATE INDEX "Ticket_body2_idx" ON "Ticket"("body2");

-- CreateIndex
CREATE INDEX "Ticket_body2_version_col_idx" ON "Ticket"("body2", "version_col");

-- CreateIndex
CREATE UNIQUE INDEX "Device_logId_key" ON "Device"("logId");

-- CreateIndex
CREATE INDEX "Device_publishedAt_idx" ON "Device"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Log_projectKind_key" ON "Log"("projectKind");

-- CreateIndex
CREATE INDEX "log_projectkind_0_ix" ON "Log"("projectKind");

-- CreateIndex
CREATE INDEX "Log_startsAt_idx" ON "Log" USING GIN ("startsAt");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "post_deviceid2_fk" FOREIGN KEY ("deviceId2") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_logId_fkey" FOREIGN KEY ("logId") REFERENCES "Log"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_logId_fkey" FOREIGN KEY ("logId") REFERENCES "Log"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_logId_fkey" FOREIGN KEY ("logId") REFERENCES "Log"("id") ON DELETE CASCADE ON UPDATE CASCADE;
