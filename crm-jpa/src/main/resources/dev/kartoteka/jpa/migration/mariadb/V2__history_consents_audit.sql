-- Kartoteka: the history (interactions, transactions), the consent ledger and the audit trail. Every table is
-- prefixed kt_ and carries tenant_id; every table uses the binary utf8mb4_bin collation, so party ids sort like PartyId.
-- Interaction, transaction and consent-event ids are unique per tenant (each tenant is a store of its own); the rows'
-- keys are surrogates. No foreign keys to kt_party: like the in-memory stores, these stores keep what they are given.

-- the append order of the consent ledger and the audit trail: one value per row (increment 1, no pooling), so rows
-- appended by different processes still sort in the order they were appended
create sequence kt_append_seq start with 1 increment by 1;

create table kt_interaction (
    id                bigint not null primary key,
    interaction_id    varchar(36) not null,
    tenant_id         varchar(64) not null,
    party_id          varchar(36) not null,
    contact_person_id varchar(36),
    interaction_type  varchar(16) not null,
    direction         varchar(16) not null,
    channel           varchar(16),
    occurred_at       datetime(6) not null,
    author            varchar(100),
    subject           varchar(500) not null,
    outcome           text,
    follow_up         date,
    follow_up_done_at datetime(6)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create unique index kt_interaction_id_unique on kt_interaction (tenant_id, interaction_id);
create index kt_interaction_by_party on kt_interaction (tenant_id, party_id);
create index kt_interaction_by_contact_person on kt_interaction (tenant_id, contact_person_id);
-- follow-ups due by a day
create index kt_interaction_follow_ups on kt_interaction (tenant_id, follow_up);

create table kt_transaction (
    id                 bigint not null primary key,
    transaction_id     varchar(36) not null,
    tenant_id          varchar(64) not null,
    party_id           varchar(36) not null,
    transaction_type   varchar(16) not null,
    transaction_date   date not null,
    currency           varchar(3) not null,
    amount             decimal(19, 4) not null,
    amount_scale       integer not null,
    margin             decimal(19, 4),
    margin_scale       integer,
    status             varchar(16) not null,
    external_reference varchar(100)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create unique index kt_transaction_id_unique on kt_transaction (tenant_id, transaction_id);
create index kt_transaction_by_party on kt_transaction (tenant_id, party_id, transaction_date);
-- purchase summaries: one tenant and currency, read in party order
create index kt_transaction_for_summaries on kt_transaction (tenant_id, currency, party_id, transaction_date);

create table kt_consent_event (
    seq                     bigint not null primary key,
    event_id                varchar(36) not null,
    tenant_id               varchar(64) not null,
    party_id                varchar(36) not null,
    contact_point_type      varchar(16),
    contact_point           varchar(320),
    contact_point_extension varchar(20),
    channel                 varchar(16) not null,
    purpose                 varchar(40) not null,
    consent_action          varchar(16) not null,
    occurred_at             datetime(6) not null,
    recorded_at             datetime(6) not null,
    source                  varchar(16) not null,
    evidence                varchar(2000),
    valid_until             datetime(6),
    opt_in                  varchar(16) not null,
    confirms                varchar(36),
    recorded_by             varchar(100)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create unique index kt_consent_event_id_unique on kt_consent_event (tenant_id, event_id);
create index kt_consent_event_by_party on kt_consent_event (tenant_id, party_id, seq);

create table kt_audit_entry (
    seq         bigint not null primary key,
    entry_id    varchar(36) not null,
    tenant_id   varchar(64) not null,
    party_id    varchar(36) not null,
    occurred_at datetime(6) not null,
    actor       varchar(100),
    action      text not null,
    reason      text
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index kt_audit_entry_by_party on kt_audit_entry (tenant_id, party_id, seq);
create index kt_audit_entry_by_time on kt_audit_entry (tenant_id, occurred_at);
create index kt_audit_entry_by_actor on kt_audit_entry (tenant_id, actor, occurred_at);

create table kt_audit_change (
    id        bigint not null primary key,
    tenant_id varchar(64) not null,
    entry_seq bigint not null references kt_audit_entry (seq) on delete cascade,
    position  integer not null,
    field     text not null,
    old_value text,
    new_value text
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index kt_audit_change_by_entry on kt_audit_change (entry_seq);
