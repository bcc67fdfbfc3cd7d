-- Kartoteka: merged parties.
-- A party merged into another stays as a tombstone (status MERGED) that points to the survivor, so that lookups by
-- its id lead there. Searches and counts leave tombstones out (status), so no index is needed for the pointer.
alter table kt_party add column merged_into varchar(36);
