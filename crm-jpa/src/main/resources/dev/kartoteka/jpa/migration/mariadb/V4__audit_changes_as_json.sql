-- Kartoteka: an audit entry's field changes move from the child table kt_audit_change into one JSON array on the
-- entry (the form of dev.kartoteka.core.audit.AuditJson: [{"field": …, "old": …, "new": …}, …] in their order; a
-- missing value is written as null here, which AuditJson reads as missing). An entry is then one row however many
-- fields it changed: a bulk creation wrote 13 rows per new company (the entry and its 12 field changes), and reading
-- an entry no longer needs a second query. Existing changes are carried over in order; nothing is dropped.

alter table kt_audit_entry add column changes json;

update kt_audit_entry e
set changes = coalesce(
    (select json_arrayagg(json_object('field', c.field, 'old', c.old_value, 'new', c.new_value) order by c.position)
     from kt_audit_change c
     where c.entry_seq = e.seq),
    '[]');

alter table kt_audit_entry modify changes json not null;

drop table kt_audit_change;
