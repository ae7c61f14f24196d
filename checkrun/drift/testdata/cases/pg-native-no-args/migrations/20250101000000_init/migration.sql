-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL,
    "at" TIMESTAMP(6) NOT NULL,
    "atTz" TIMESTAMPTZ(6) NOT NULL,
    "time" TIME(6) NOT NULL,
    "timeZ" TIMETZ(6) NOT NULL,
    "code" CHAR NOT NULL,
    "flag" BIT NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);
