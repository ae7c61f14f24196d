-- CreateEnum
CREATE TYPE "ticketkind_type" AS ENUM ('INACTIVE');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('ARCHIVED');

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "kind" BIGINT DEFAULT 1234567890123,
    "rank" TIMESTAMP(1),
    "flags" BOOLEAN NOT NULL,
    "score_col" INTEGER,
    "name" BIGINT NOT NULL,
    "slug" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "label" INTEGER,
    "count" INTEGER NOT NULL,
    "size" BIGINT NOT NULL,
    "reviewKind" "ReviewKind" NOT NULL DEFAULT 'ARCHIVED',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "eventId" TEXT NOT NULL,
    "roleTenantId" TEXT,
    "roleNumber" INTEGER,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "version" DATE,
    "reviewKind" "ReviewKind" DEFAULT 'ARCHIVED',

    CONSTRAINT "Role_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" SERIAL NOT NULL,
    "balance" UUID[],
    "body" BIGINT,
    "weight" JSONB NOT NULL,
    "reviewKind" "ReviewKind" NOT NULL,
    "postTenantId" TEXT NOT NULL,
    "postNumber" INTEGER NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "data" TEXT NOT NULL DEFAULT 'fixed'::text,
    "startsAt" BYTEA,
    "notePostTenantId" TEXT NOT NULL,
    "notePostNumber" INTEGER NOT NULL,
    "noteTaskId" INTEGER NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Note" (
    "postTenantId" TEXT NOT NULL,
    "postNumber" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("postTenantId","postNumber","taskId")
);

-- CreateTable
CREATE TABLE "Store" (
    "postTenantId" TEXT NOT NULL,
    "postNumber" INTEGER NOT NULL,
    "notePostTenantId" TEXT NOT NULL,
    "notePostNumber" INTEGER NOT NULL,
    "noteTaskId" INTEGER NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("postTenantId","postNumber","notePostTenantId","notePostNumber","noteTaskId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_slug_idx" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Message_eventId_idx" ON "Message"("eventId");

-- CreateIndex
CREATE INDEX "Message_roleTenantId_idx" ON "Message" USING HASH ("roleTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Message_roleTenantId_roleNumber_key" ON "Message"("roleTenantId", "roleNumber");

-- CreateIndex
CREATE UNIQUE INDEX "role_createdat_uq" ON "Role"("createdAt");

-- CreateIndex
CREATE INDEX "Role_reviewKind_idx" ON "Role"("reviewKind");

-- CreateIndex
CREATE INDEX "Task_postTenantId_postNumber_idx" ON "Task"("postTenantId", "postNumber");

-- CreateIndex
CREATE INDEX "task_body_0_ix" ON "Task"("body");

-- CreateIndex
CREATE INDEX "Task_postNumber_idx" ON "Task"("postNumber");

-- CreateIndex
CREATE INDEX "Post_notePostTenantId_idx" ON "Post"("notePostTenantId" DESC);

-- CreateIndex
CREATE INDEX "post_notepostnumber_1_ix" ON "Post"("notePostNumber");

-- CreateIndex
CREATE INDEX "Note_postTenantId_idx" ON "Note" USING SPGIST ("postTenantId");

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "message_eventid_fk" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_roleTenantId_roleNumber_fkey" FOREIGN KEY ("roleTenantId", "roleNumber") REFERENCES "Role"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_postTenantId_postNumber_fkey" FOREIGN KEY ("postTenantId", "postNumber") REFERENCES "Post"("tenantId", "number") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_notePostTenantId_notePostNumber_noteTaskId_fkey" FOREIGN KEY ("notePostTenantId", "notePostNumber", "noteTaskId") REFERENCES "Note"("postTenantId", "postNumber", "taskId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_postTenantId_postNumber_fkey" FOREIGN KEY ("postTenantId", "postNumber") REFERENCES "Post"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_postTenantId_postNumber_fkey" FOREIGN KEY ("postTenantId", "postNumber") REFERENCES "Post"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_notePostTenantId_notePostNumber_noteTaskId_fkey" FOREIGN KEY ("notePostTenantId", "notePostNumber", "noteTaskId") REFERENCES "Note"("postTenantId", "postNumber", "taskId") ON DELETE CASCADE ON UPDATE CASCADE;
