-- Kartoteka: larger blocks of row keys.
-- The surrogate keys of the child rows are drawn 1,000 at a time (Hibernate's pooled optimizer, allocationSize
-- 1000) instead of 50: a bulk insert of 1,000 parties writes several thousand rows and asked for keys 100 times.
-- Hibernate reads a value v as the block (v - 999 .. v). The value drawn first after the change may still be the
-- old value plus 50 (H2 and MariaDB have it computed ahead), which as a block of 1,000 would reach back over keys
-- already handed out; so one value is drawn and thrown away here, and every block starts after the old keys.
alter sequence kt_row_seq increment by 1000;
select next value for kt_row_seq;
