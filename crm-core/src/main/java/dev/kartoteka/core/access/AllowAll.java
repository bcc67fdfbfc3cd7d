package dev.kartoteka.core.access;

import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.UserId;
import java.util.Optional;
import java.util.Set;

/** Permits everything, masks nothing. */
enum AllowAll implements AccessPolicy {
    INSTANCE;

    @Override
    public boolean permits(Optional<UserId> actor, Action action, Optional<Party> party) {
        return true;
    }

    @Override
    public Set<String> maskedFields(Optional<UserId> actor, Party party) {
        return Set.of();
    }
}
