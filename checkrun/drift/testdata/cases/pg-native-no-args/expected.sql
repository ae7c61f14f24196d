-- CreateTable
CREATE TABLE "Slot" (
    "id" INTEGER NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "atTz" TIMESTAMPTZ,
    "time" TIME NOT NULL,
    "timeZ" TIMETZ NOT NULL,
    "code" CHAR NOT NULL,
    "flag" BIT NOT NULL,
    "mask" VARBIT NOT NULL,
    "name" VARCHAR NOT NULL,
    "amount" DECIMAL NOT NULL,
    "at3" TIMESTAMP(3) NOT NULL,
    "history" TIMESTAMPTZ[] DEFAULT ARRAY[]::TIMESTAMPTZ[],

    CONSTRAINT "Slot_pkey" PRIMARY KEY ("id")
);
