-- written by hand
ALTER TABLE "Task" ALTER COLUMN "priority" SET DEFAULT 1 + 2;
ALTER TABLE "Task" ALTER COLUMN "due" SET DEFAULT now() + interval '1 day';
ALTER TABLE "Task" ALTER COLUMN "token" SET DEFAULT gen_random_uuid()::text;
ALTER TABLE "Task" ALTER COLUMN "label" SET DEFAULT 'x'::character varying;
ALTER TABLE "Task" ALTER COLUMN "created" SET DEFAULT now();
ALTER TABLE "Task" ALTER COLUMN "touched" SET DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Task" ALTER COLUMN "code" SET DEFAULT upper('abc');
ALTER TABLE "Task" ALTER COLUMN "rank" SET DEFAULT 1 + 2;
