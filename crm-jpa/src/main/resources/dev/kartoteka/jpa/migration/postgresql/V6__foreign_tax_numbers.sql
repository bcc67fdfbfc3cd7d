-- Kartoteka: the tax number of a company outside the EU (a British VAT number, a Ukrainian EDRPOU code), stored as
-- its country, a colon and the number ("GB:123456789"). Found through kt_party_identifier like the other identifiers.
alter table kt_party add column foreign_tax varchar(40);
