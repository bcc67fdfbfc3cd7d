package dev.kartoteka.core.access;

import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.UserId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * An {@link AccessPolicy} configured in code from roles: each role permits actions, optionally only on the parties
 * the actor owns, and masks fields. An actor's permissions are the union of its roles'; a field is masked if every
 * role of the actor masks it. An actor with no role — and an unidentified actor — may do nothing.
 *
 * <pre>{@code
 * AccessPolicy policy = RoleBasedAccessPolicy.builder(user -> directory.rolesOf(user))
 *         .role("admin").permits(Action.values())
 *         .role("sales").permits(Action.READ, Action.WRITE).onlyOwnParties().masks("pesel", "birthDate")
 *         .role("analyst").permits(Action.READ, Action.EXPORT).masks("pesel", "birthDate", "notes")
 *         .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RoleBasedAccessPolicy implements AccessPolicy {

    private final Function<UserId, Set<String>> rolesOf;
    private final Map<String, RoleRules> roles;

    private RoleBasedAccessPolicy(Function<UserId, Set<String>> rolesOf, Map<String, RoleRules> roles) {
        this.rolesOf = rolesOf;
        this.roles = Map.copyOf(roles);
    }

    /**
     * Starts a policy.
     *
     * @param rolesOf the roles of a user, as the host application knows them (e.g. from its security context)
     * @return the builder
     */
    public static Builder builder(Function<UserId, Set<String>> rolesOf) {
        return new Builder(Objects.requireNonNull(rolesOf, "rolesOf"));
    }

    @Override
    public boolean permits(Optional<UserId> actor, Action action, Optional<Party> party) {
        Objects.requireNonNull(action, "action");
        if (actor.isEmpty()) {
            return false;
        }
        for (RoleRules r : rulesOf(actor.get())) {
            if (r.actions.contains(action) && (!r.ownOnly || party.isEmpty()
                    || party.get().owner().equals(actor))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<String> maskedFields(Optional<UserId> actor, Party party) {
        if (actor.isEmpty()) {
            return Set.of();
        }
        Set<String> masked = null;
        for (RoleRules r : rulesOf(actor.get())) {
            if (masked == null) {
                masked = new HashSet<>(r.masked);
            } else {
                masked.retainAll(r.masked);
            }
        }
        return masked == null ? Set.of() : Collections.unmodifiableSet(masked);
    }

    private Set<RoleRules> rulesOf(UserId actor) {
        Set<RoleRules> out = new LinkedHashSet<>();
        for (String role : rolesOf.apply(actor)) {
            RoleRules r = roles.get(role);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private record RoleRules(Set<Action> actions, boolean ownOnly, Set<String> masked) {
    }

    /**
     * Builds a {@link RoleBasedAccessPolicy}; each {@link #role(String)} starts the rules of one role.
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public static final class Builder {
        private final Function<UserId, Set<String>> rolesOf;
        private final Map<String, RoleRules> roles = new HashMap<>();
        private String current;
        private EnumSet<Action> actions;
        private boolean ownOnly;
        private Set<String> masked;

        private Builder(Function<UserId, Set<String>> rolesOf) {
            this.rolesOf = rolesOf;
        }

        /**
         * Starts the rules of a role.
         *
         * @param name the role's name, as {@code rolesOf} returns it
         * @return this builder
         * @throws IllegalStateException if the role was configured already
         */
        public Builder role(String name) {
            Objects.requireNonNull(name, "name");
            finishRole();
            if (roles.containsKey(name)) {
                throw new IllegalStateException("role " + name + " was already configured");
            }
            current = name;
            actions = EnumSet.noneOf(Action.class);
            ownOnly = false;
            masked = new HashSet<>();
            return this;
        }

        /**
         * @param values actions the role permits
         * @return this builder
         * @throws IllegalStateException if no role was started
         */
        public Builder permits(Action... values) {
            requireRole();
            actions.addAll(java.util.List.of(values));
            return this;
        }

        /**
         * Restricts the role's actions on parties to those the actor owns.
         *
         * @return this builder
         */
        public Builder onlyOwnParties() {
            requireRole();
            ownOnly = true;
            return this;
        }

        /**
         * @param fields fields the role must not see in clear
         * @return this builder
         */
        public Builder masks(String... fields) {
            requireRole();
            masked.addAll(java.util.List.of(fields));
            return this;
        }

        /** @return the policy */
        public RoleBasedAccessPolicy build() {
            finishRole();
            return new RoleBasedAccessPolicy(rolesOf, roles);
        }

        private void requireRole() {
            if (current == null) {
                throw new IllegalStateException("call role(name) first");
            }
        }

        private void finishRole() {
            if (current != null) {
                roles.put(current, new RoleRules(Set.copyOf(actions), ownOnly, Set.copyOf(masked)));
                current = null;
            }
        }
    }
}
