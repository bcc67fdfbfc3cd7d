-- Kartoteka on PostgreSQL: the rows a party holds reference it by its id alone (kt_party_id_unique) instead of by
-- (tenant_id, id).
--
-- Why: PostgreSQL checks a foreign key with a cached query per connection. Keyed by (tenant_id, id), that query was
-- planned generically while kt_party was still small (fresh statistics lag behind a bulk load) and the plan it kept
-- used an index that matches only tenant_id (kt_party_by_owner), so each check read every party of the tenant: a bulk
-- insert slowed down with every row already in the table. Keyed by id alone, the only index that can answer the check
-- is the unique index on id, whatever the statistics say. A party id already belongs to one tenant (V1), and Kartoteka
-- writes a party and its rows in one unit of work with one tenant, so the tenant of a row still equals its party's.

alter table kt_party_identifier
    drop constraint kt_party_identifier_tenant_id_party_id_fkey,
    add constraint kt_party_identifier_party_fkey foreign key (party_id) references kt_party (id) on delete cascade;

alter table kt_party_name
    drop constraint kt_party_name_tenant_id_party_id_fkey,
    add constraint kt_party_name_party_fkey foreign key (party_id) references kt_party (id) on delete cascade;

alter table kt_party_role
    drop constraint kt_party_role_tenant_id_party_id_fkey,
    add constraint kt_party_role_party_fkey foreign key (party_id) references kt_party (id) on delete cascade;

alter table kt_contact_point
    drop constraint kt_contact_point_tenant_id_party_id_fkey,
    add constraint kt_contact_point_party_fkey foreign key (party_id) references kt_party (id) on delete cascade;

alter table kt_contact_person
    drop constraint kt_contact_person_tenant_id_party_id_fkey,
    add constraint kt_contact_person_party_fkey foreign key (party_id) references kt_party (id) on delete cascade;

alter table kt_important_date
    drop constraint kt_important_date_tenant_id_party_id_fkey,
    add constraint kt_important_date_party_fkey foreign key (party_id) references kt_party (id) on delete cascade;

alter table kt_party_note
    drop constraint kt_party_note_tenant_id_party_id_fkey,
    add constraint kt_party_note_party_fkey foreign key (party_id) references kt_party (id) on delete cascade;

alter table kt_owner_assignment
    drop constraint kt_owner_assignment_tenant_id_party_id_fkey,
    add constraint kt_owner_assignment_party_fkey foreign key (party_id) references kt_party (id) on delete cascade;

alter table kt_party_tag
    drop constraint kt_party_tag_tenant_id_party_id_fkey,
    add constraint kt_party_tag_party_fkey foreign key (party_id) references kt_party (id) on delete cascade;

alter table kt_party_interest
    drop constraint kt_party_interest_tenant_id_party_id_fkey,
    add constraint kt_party_interest_party_fkey foreign key (party_id) references kt_party (id) on delete cascade;

-- The surrogate keys of the child rows are drawn 1,000 at a time (Hibernate's pooled optimizer, allocationSize
-- 1000) instead of 50: a bulk insert of 1,000 parties writes several thousand rows and asked for keys 100 times.
-- Hibernate reads a value v as the block (v - 999 .. v). The value drawn first after the change may still be the
-- old value plus 50 (H2 and MariaDB have it computed ahead), which as a block of 1,000 would reach back over keys
-- already handed out; so one value is drawn and thrown away here, and every block starts after the old keys.
alter sequence kt_row_seq increment by 1000;
select nextval('kt_row_seq');
