package dev.kartoteka.core.registry;

import dev.kartoteka.core.audit.FieldChange;
import dev.kartoteka.core.consent.ConsentEvent;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.history.TransactionStatus;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.standardization.Remark;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Something that happened in the registry, delivered to {@link RegistryListener}s after it has been stored.
 *
 * <p>One call can raise several events: an {@code update} that adds a role raises {@link PartyUpdated} and
 * {@link RoleAdded}; converting a lead raises {@link PartyUpdated}, {@link RoleEnded}, {@link RoleAdded} and
 * {@link LeadConverted}, in that order. Roles are told apart by type and start day: a role whose end day was set
 * raises {@link RoleEnded}, one whose other details changed {@link RoleChanged}, one that disappeared
 * {@link RoleRemoved}.
 *
 * <p>Events are delivered in the order the changes were stored: for one party, listeners see versions in increasing
 * order.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface RegistryEvent {

    /**
     * @return the party the event is about, as stored after the change
     */
    Party party();

    /**
     * @return when it happened, by the registry's clock
     */
    Instant at();

    /**
     * @return the id of the party the event is about
     */
    default PartyId partyId() {
        return party().id();
    }

    /**
     * A party was created.
     *
     * @param party the stored party
     * @param at when
     */
    record PartyCreated(Party party, Instant at) implements RegistryEvent {
        /**
         * Creates the record, checking its components.
         *
         * @param party the stored party
         * @param at when
         * @throws NullPointerException if an argument is {@code null}
         */
        public PartyCreated {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A party was changed (any change, including archive, restore, roles and owner).
     *
     * @param before the party before the change
     * @param party the party after the change
     * @param at when
     */
    record PartyUpdated(Party before, Party party, Instant at) implements RegistryEvent {
        /**
         * Creates the record, checking its components.
         *
         * @param before the party before the change
         * @param party the party after the change
         * @param at when
         * @throws NullPointerException if an argument is {@code null}
         */
        public PartyUpdated {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A party was archived.
     *
     * @param party the archived party
     * @param at when
     */
    record PartyArchived(Party party, Instant at) implements RegistryEvent {
        /**
         * Creates the record, checking its components.
         *
         * @param party the archived party
         * @param at when
         * @throws NullPointerException if an argument is {@code null}
         */
        public PartyArchived {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * An archived party was restored.
     *
     * @param party the restored party
     * @param at when
     */
    record PartyRestored(Party party, Instant at) implements RegistryEvent {
        /**
         * Creates the record, checking its components.
         *
         * @param party the restored party
         * @param at when
         * @throws NullPointerException if an argument is {@code null}
         */
        public PartyRestored {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A party got a new role.
     *
     * @param party the party after the change
     * @param role the new role
     * @param at when
     */
    record RoleAdded(Party party, PartyRole role, Instant at) implements RegistryEvent {
        /**
         * Creates the record, checking its components.
         *
         * @param party the party after the change
         * @param role the new role
         * @param at when
         * @throws NullPointerException if an argument is {@code null}
         */
        public RoleAdded {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A role of a party was given an end date.
     *
     * @param party the party after the change
     * @param role the role, with its end date
     * @param at when
     */
    record RoleEnded(Party party, PartyRole role, Instant at) implements RegistryEvent {
        /**
         * Creates the record, checking its components.
         *
         * @param party the party after the change
         * @param role the role, with its end date
         * @param at when
         * @throws NullPointerException if an argument is {@code null}
         */
        public RoleEnded {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A role of a party was corrected in place (same type and start day, other details changed — e.g. a lead's
     * warmth), without ending it.
     *
     * @param party the party after the change
     * @param previous the role as it was
     * @param role the role as it is now
     * @param at when
     */
    record RoleChanged(Party party, PartyRole previous, PartyRole role, Instant at) implements RegistryEvent {
        /**
         * Creates the event.
         *
         * @param party the party after the change
         * @param previous the role as it was
         * @param role the role as it is now
         * @param at when
         * @throws NullPointerException if an argument is {@code null}
         */
        public RoleChanged {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A role was removed from a party altogether (entered by mistake); ending a role raises {@link RoleEnded} instead.
     *
     * @param party the party after the change
     * @param role the removed role
     * @param at when
     */
    record RoleRemoved(Party party, PartyRole role, Instant at) implements RegistryEvent {
        /**
         * Creates the event.
         *
         * @param party the party after the change
         * @param role the removed role
         * @param at when
         * @throws NullPointerException if an argument is {@code null}
         */
        public RoleRemoved {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A lead became a client.
     *
     * @param party the party after the conversion
     * @param lead the ended lead role, with its lead details
     * @param client the new client role
     * @param at when
     */
    record LeadConverted(Party party, PartyRole lead, PartyRole client, Instant at) implements RegistryEvent {
        /**
         * Creates the record, checking its components.
         *
         * @param party the party after the conversion
         * @param lead the ended lead role, with its lead details
         * @param client the new client role
         * @param at when
         * @throws NullPointerException if an argument is {@code null}
         */
        public LeadConverted {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The account owner of a party changed.
     *
     * @param party the party after the change
     * @param previous the previous owner, if there was one
     * @param current the new owner, if there is one
     * @param at when
     */
    record OwnerReassigned(Party party, Optional<UserId> previous, Optional<UserId> current, Instant at)
            implements RegistryEvent {
        /**
         * Creates the record, checking its components.
         *
         * @param party the party after the change
         * @param previous the previous owner, if there was one
         * @param current the new owner, if there is one
         * @param at when
         * @throws NullPointerException if an argument is {@code null}
         */
        public OwnerReassigned {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * An interaction was recorded in a party's history.
     *
     * @param party the party
     * @param interaction the interaction
     * @param at when
     */
    record InteractionLogged(Party party, Interaction interaction, Instant at) implements RegistryEvent {
        /**
         * Creates the event.
         *
         * @param party the party
         * @param interaction the interaction
         * @param at when
         */
        public InteractionLogged {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(interaction, "interaction");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The follow-up of an interaction was done.
     *
     * @param party the party
     * @param interaction the interaction, with its completion
     * @param at when
     */
    record FollowUpCompleted(Party party, Interaction interaction, Instant at) implements RegistryEvent {
        /**
         * Creates the event.
         *
         * @param party the party
         * @param interaction the interaction, with its completion
         * @param at when
         */
        public FollowUpCompleted {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(interaction, "interaction");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A transaction was recorded.
     *
     * @param party the party
     * @param transaction the transaction
     * @param at when
     */
    record TransactionRecorded(Party party, Transaction transaction, Instant at) implements RegistryEvent {
        /**
         * Creates the event.
         *
         * @param party the party
         * @param transaction the transaction
         * @param at when
         */
        public TransactionRecorded {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A transaction changed its status.
     *
     * @param party the party
     * @param previousStatus the status before
     * @param transaction the transaction as it is now
     * @param at when
     */
    record TransactionStatusChanged(Party party, TransactionStatus previousStatus, Transaction transaction, Instant at) implements RegistryEvent {
        /**
         * Creates the event.
         *
         * @param party the party
         * @param previousStatus the status before
         * @param transaction the transaction as it is now
         * @param at when
         */
        public TransactionStatusChanged {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(previousStatus, "previousStatus");
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A consent event (grant, withdrawal, confirmation) was recorded for a party.
     *
     * @param party the party
     * @param event the consent event
     * @param at when
     */
    record ConsentRecorded(Party party, ConsentEvent event, Instant at) implements RegistryEvent {
        /**
         * Creates the event.
         *
         * @param party the party
         * @param event the consent event
         * @param at when
         */
        public ConsentRecorded {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A person was erased on request: the party carries no personal data any more.
     *
     * @param party the party after the erasure
     * @param at when
     */
    record PartyErased(Party party, Instant at) implements RegistryEvent {
        /**
         * Creates the event.
         *
         * @param party the party after the erasure
         * @param at when
         */
        public PartyErased {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Parties were merged into a survivor. Raised after the {@link PartyUpdated} of the survivor and of each merged
     * party (whose state after is its tombstone, {@link dev.kartoteka.core.party.PartyStatus#MERGED}), and before the
     * {@link ConsentRecorded} of any conservative withdrawal the merge added.
     *
     * @param party the survivor as stored
     * @param merged the tombstones as stored, in the request's order
     * @param at when
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record PartiesMerged(Party party, List<Party> merged, Instant at) implements RegistryEvent {
        /**
         * Creates the event, copying the list.
         *
         * @param party the survivor as stored
         * @param merged the tombstones as stored
         * @param at when
         * @throws NullPointerException if an argument is {@code null}
         */
        public PartiesMerged {
            Objects.requireNonNull(party, "party");
            merged = List.copyOf(merged);
            Objects.requireNonNull(at, "at");
        }

        /**
         * @return the ids of the merged parties
         */
        public List<PartyId> mergedIds() {
            return merged.stream().map(Party::id).toList();
        }
    }

    /**
     * The registry's {@link dev.kartoteka.core.standardization.Standardizer} changed values of a party as entered, or
     * found values it could not normalise, when the party was created or updated. Raised after the
     * {@link PartyCreated} or {@link PartyUpdated} of the same write; the audit trail keeps the values as entered
     * (each change's old value) in an entry {@code "values standardized"}.
     *
     * @param party the party as stored
     * @param changes each changed field: the value as entered (old) and as stored (new)
     * @param remarks what could not be normalised (kept as entered)
     * @param at when
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record PartyStandardized(Party party, List<FieldChange> changes, List<Remark> remarks, Instant at)
            implements RegistryEvent {
        /**
         * Creates the event.
         *
         * @param party the party as stored
         * @param changes the changed fields
         * @param remarks what could not be normalised
         * @param at when
         * @throws NullPointerException if an argument is {@code null}
         */
        public PartyStandardized {
            Objects.requireNonNull(party, "party");
            changes = List.copyOf(changes);
            remarks = List.copyOf(remarks);
            Objects.requireNonNull(at, "at");
        }
    }
}
