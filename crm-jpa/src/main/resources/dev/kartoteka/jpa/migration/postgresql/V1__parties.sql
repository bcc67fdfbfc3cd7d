-- Kartoteka: parties and everything they hold. Every table is prefixed kt_ and carries tenant_id.
-- Texts compared or sorted by the registry (ids, folded names and keys) use the "C" collation, so that the database
-- orders them like Java's String.compareTo.

create sequence kt_row_seq start with 1 increment by 50;

create table kt_party (
    id             varchar(36) collate "C" not null,
    tenant_id      varchar(64) not null,
    kind           varchar(16) not null,
    version        bigint not null,
    status         varchar(16) not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    owner_id       varchar(200),
    sort_name      varchar(1000) collate "C" not null,
    custom_fields  jsonb not null,
    legal_name     text,
    short_name     text,
    legal_form     varchar(40),
    nip            varchar(10),
    eu_vat         varchar(20),
    regon          varchar(14),
    krs            varchar(10),
    industry       text,
    website        text,
    working_hours  text,
    employee_band  varchar(40),
    given_names    text,
    family_name    text,
    birth_date     date,
    sex            varchar(10),
    pesel          varchar(11),
    profession     text,
    contact_from   time(6),
    contact_to     time(6),
    language_tag   varchar(40),
    -- keyed by tenant and id, so that every lookup by id is served by the key together with the tenant filter
    -- Hibernate adds; an id is still used by one tenant only (the entity's identity is the id)
    primary key (tenant_id, id),
    constraint kt_party_id_unique unique (id)
);
create index kt_party_by_name on kt_party (tenant_id, sort_name, id);
create index kt_party_by_owner on kt_party (tenant_id, owner_id);
-- custom-field searches: jsonb containment (@>) is served by this index
create index kt_party_custom_fields on kt_party using gin (custom_fields jsonb_path_ops);

create table kt_party_identifier (
    id         bigint not null primary key,
    tenant_id  varchar(64) not null,
    party_id   varchar(36) collate "C" not null,
    id_type    varchar(16) not null,
    id_key     varchar(400) collate "C" not null,
    unique_key varchar(400) collate "C",
    foreign key (tenant_id, party_id) references kt_party (tenant_id, id) on delete cascade
);
-- one holder per unique identifier (NIP, REGON, KRS, PESEL) and tenant; NULL for e-mails and phones
create unique index kt_party_identifier_unique on kt_party_identifier (tenant_id, unique_key);
create index kt_party_identifier_by_key on kt_party_identifier (tenant_id, id_key);
create index kt_party_identifier_by_party on kt_party_identifier (tenant_id, party_id);

create table kt_party_name (
    id        bigint not null primary key,
    tenant_id varchar(64) not null,
    party_id  varchar(36) collate "C" not null,
    folded    varchar(1000) collate "C" not null,
    foreign key (tenant_id, party_id) references kt_party (tenant_id, id) on delete cascade
);
create index kt_party_name_by_party on kt_party_name (tenant_id, party_id);

create table kt_party_role (
    id                  bigint not null primary key,
    tenant_id           varchar(64) not null,
    party_id            varchar(36) collate "C" not null,
    position            integer not null,
    role_type           varchar(64) not null,
    since               date not null,
    until               date,
    lead_source         varchar(32),
    lead_warmth         varchar(16),
    utm_source          varchar(200),
    utm_medium          varchar(200),
    utm_campaign        varchar(200),
    utm_term            varchar(200),
    utm_content         varchar(200),
    source_detail       varchar(500),
    qualification_notes text,
    foreign key (tenant_id, party_id) references kt_party (tenant_id, id) on delete cascade
);
create index kt_party_role_by_party on kt_party_role (tenant_id, party_id);
create index kt_party_role_by_type on kt_party_role (tenant_id, role_type);

create table kt_contact_point (
    id              bigint not null primary key,
    tenant_id       varchar(64) not null,
    party_id        varchar(36) collate "C" not null,
    holder_index    integer not null,
    position        integer not null,
    kind            varchar(16) not null,
    email           varchar(320),
    phone           varchar(20),
    phone_extension varchar(20),
    url             text,
    service         varchar(50),
    handle          varchar(200),
    street          varchar(200),
    building        varchar(20),
    unit            varchar(20),
    postal_code     varchar(20),
    city            varchar(100),
    district        varchar(100),
    region          varchar(100),
    country         varchar(2),
    city_folded     varchar(100) collate "C",
    district_folded varchar(100) collate "C",
    postal_folded   varchar(20) collate "C",
    purpose         varchar(20) not null,
    preferred       boolean not null,
    verified_at     timestamp(6) with time zone,
    note            varchar(1000),
    do_not_contact  boolean not null,
    foreign key (tenant_id, party_id) references kt_party (tenant_id, id) on delete cascade
);
create index kt_contact_point_by_party on kt_contact_point (tenant_id, party_id);
create index kt_contact_point_by_city on kt_contact_point (tenant_id, city_folded);
create index kt_contact_point_by_district on kt_contact_point (tenant_id, district_folded);

create table kt_contact_person (
    id            bigint not null primary key,
    tenant_id     varchar(64) not null,
    party_id      varchar(36) collate "C" not null,
    position      integer not null,
    person_id     varchar(36) collate "C" not null,
    job_position  varchar(200),
    department    varchar(200),
    since         date not null,
    until         date,
    is_primary    boolean not null,
    custom_fields jsonb not null,
    foreign key (tenant_id, party_id) references kt_party (tenant_id, id) on delete cascade
);
create index kt_contact_person_by_party on kt_contact_person (tenant_id, party_id);
create index kt_contact_person_by_person on kt_contact_person (tenant_id, person_id);

create table kt_important_date (
    id          bigint not null primary key,
    tenant_id   varchar(64) not null,
    party_id    varchar(36) collate "C" not null,
    position    integer not null,
    kind        varchar(32) not null,
    month_value integer not null,
    day_value   integer not null,
    since_year  integer,
    label       varchar(200),
    foreign key (tenant_id, party_id) references kt_party (tenant_id, id) on delete cascade
);
create index kt_important_date_by_party on kt_important_date (tenant_id, party_id);
create index kt_important_date_by_day on kt_important_date (tenant_id, month_value, day_value);

create table kt_party_note (
    id         bigint not null primary key,
    tenant_id  varchar(64) not null,
    party_id   varchar(36) collate "C" not null,
    position   integer not null,
    note_text  text not null,
    created_at timestamp(6) with time zone not null,
    author     varchar(200),
    foreign key (tenant_id, party_id) references kt_party (tenant_id, id) on delete cascade
);
create index kt_party_note_by_party on kt_party_note (tenant_id, party_id);

create table kt_owner_assignment (
    id        bigint not null primary key,
    tenant_id varchar(64) not null,
    party_id  varchar(36) collate "C" not null,
    position  integer not null,
    owner_id  varchar(200) not null,
    since     timestamp(6) with time zone not null,
    until     timestamp(6) with time zone,
    reason    varchar(1000),
    foreign key (tenant_id, party_id) references kt_party (tenant_id, id) on delete cascade
);
create index kt_owner_assignment_by_party on kt_owner_assignment (tenant_id, party_id);

create table kt_party_tag (
    id        bigint not null primary key,
    tenant_id varchar(64) not null,
    party_id  varchar(36) collate "C" not null,
    tag       varchar(100) collate "C" not null,
    foreign key (tenant_id, party_id) references kt_party (tenant_id, id) on delete cascade
);
create index kt_party_tag_by_party on kt_party_tag (tenant_id, party_id);
create index kt_party_tag_by_tag on kt_party_tag (tenant_id, tag);

create table kt_party_interest (
    id        bigint not null primary key,
    tenant_id varchar(64) not null,
    party_id  varchar(36) collate "C" not null,
    position  integer not null,
    interest  varchar(200) not null,
    foreign key (tenant_id, party_id) references kt_party (tenant_id, id) on delete cascade
);
create index kt_party_interest_by_party on kt_party_interest (tenant_id, party_id);

create table kt_field_schema (
    tenant_id   varchar(64) not null primary key,
    version     bigint not null,
    schema_json text not null
);
