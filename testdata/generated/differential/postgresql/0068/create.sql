-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('LOW');

-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('HIGH', 'PENDING');

-- CreateTable
CREATE TABLE "ItemHistory" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "payload" JSONB DEFAULT '{}',
    "price" INTEGER[],
    "rank" BOOLEAN,
    "isActive" JSON NOT NULL,
    "teamKind" "TeamKind" NOT NULL DEFAULT 'LOW',
    "raw" polygon,
    "itemhistoryid_ref" UUID,

    CONSTRAINT "ItemHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "weight" BYTEA[],
    "version_col" TIMESTAMP(3) NOT NULL,
    "avatar" INTEGER NOT NULL,
    "amount" JSONB NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tasks" (
    "id" SERIAL NOT NULL,
    "email" JSONB,
    "taskId" INTEGER,

    CONSTRAINT "tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ItemHistoryToProject" (
    "A" UUID NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ItemHistoryToProject_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Project_avatar_idx" ON "Project" USING HASH ("avatar");

-- CreateIndex
CREATE INDEX "Project_avatar_version_col_idx" ON "Project"("avatar", "version_col");

-- CreateIndex
CREATE INDEX "tasks_taskId_idx" ON "tasks"("taskId");

-- CreateIndex
CREATE INDEX "task_taskid_0_ix" ON "tasks"("taskId" DESC);

-- CreateIndex
CREATE INDEX "task_taskid_1_ix" ON "tasks"("taskId");

-- CreateIndex
CREATE INDEX "_ItemHistoryToProject_B_index" ON "_ItemHistoryToProject"("B");

-- AddForeignKey
ALTER TABLE "ItemHistory" ADD CONSTRAINT "ItemHistory_itemhistoryid_ref_fkey" FOREIGN KEY ("itemhistoryid_ref") REFERENCES "ItemHistory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "task_taskid_fk" FOREIGN KEY ("taskId") REFERENCES "tasks"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_ItemHistoryToProject" ADD CONSTRAINT "_ItemHistoryToProject_A_fkey" FOREIGN KEY ("A") REFERENCES "ItemHistory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ItemHistoryToProject" ADD CONSTRAINT "_ItemHistoryToProject_B_fkey" FOREIGN KEY ("B") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
