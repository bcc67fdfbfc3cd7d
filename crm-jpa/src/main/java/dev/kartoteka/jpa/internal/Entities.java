package dev.kartoteka.jpa.internal;

import java.util.List;

/** The entity classes of Kartoteka's persistence unit, in one place for the bootstrap and for hosts. */
public final class Entities {

    private Entities() {
    }

    /** Every mapped class. */
    public static final List<Class<?>> CLASSES = List.of(
            PartyEntity.class, IdentifierRow.class, NameRow.class, RoleRow.class, ContactPointRow.class,
            ContactPersonRow.class, ImportantDateRow.class, NoteRow.class, OwnerAssignmentRow.class, TagRow.class,
            InterestRow.class, FieldSchemaRow.class, InteractionRow.class, TransactionRow.class,
            ConsentEventRow.class, AuditEntryRow.class);
}
