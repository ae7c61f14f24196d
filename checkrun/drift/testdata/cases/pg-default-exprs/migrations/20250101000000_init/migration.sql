-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL,
    "priority" INTEGER NOT NULL,
    "due" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "label" VARCHAR(20) NOT NULL,
    "created" TIMESTAMP(3) NOT NULL,
    "touched" TIMESTAMP(3) NOT NULL,
    "code" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);
