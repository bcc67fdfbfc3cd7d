package dev.kartoteka.core.access;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.ExampleParties;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link RoleBasedAccessPolicy} on its own: permissions are the union of the actor's roles, masked fields the
 * intersection, unknown roles count for nothing, and the builder refuses a misconfiguration at once.
 */
class RoleBasedAccessPolicyTests {

    private static final UserId SAM = UserId.of("sam.sales");
    private static final UserId OLA = UserId.of("ola.sales");
    private static final Optional<UserId> AS_SAM = Optional.of(SAM);

    private static final Party SAMS = ExampleParties.company("Acme").owner(SAM).build();
    private static final Party OLAS = ExampleParties.company("Beta").owner(OLA).build();
    private static final Party NOBODYS = ExampleParties.company("Gamma").build();
    private static final Party PERSON = ExampleParties.person("Anna", "Kowalska").owner(SAM).build();

    private static RoleBasedAccessPolicy.Builder standardRoles(Map<UserId, Set<String>> directory) {
        return RoleBasedAccessPolicy.builder(user -> directory.getOrDefault(user, Set.of()))
                .role("admin").permits(Action.values())
                .role("sales").permits(Action.READ, Action.WRITE).onlyOwnParties().masks("pesel", "birthDate", "notes")
                .role("analyst").permits(Action.READ).masks("pesel", "customFields");
    }

    private static AccessPolicy samWith(String... roles) {
        return standardRoles(Map.of(SAM, Set.of(roles))).build();
    }

    // -----------------------------------------------------------------------------------------------------------------
    // permissions

    @Test
    void permissionsAreTheUnionOfTheActorsRoles() {
        AccessPolicy policy = RoleBasedAccessPolicy.builder(user -> Set.of("reader", "schema"))
                .role("reader").permits(Action.READ)
                .role("schema").permits(Action.MANAGE_SCHEMA)
                .role("unused").permits(Action.ERASE)
                .build();

        assertThat(policy.permits(AS_SAM, Action.READ, Optional.of(OLAS))).isTrue();
        assertThat(policy.permits(AS_SAM, Action.MANAGE_SCHEMA, Optional.empty())).isTrue();
        assertThat(policy.permits(AS_SAM, Action.WRITE, Optional.of(OLAS))).isFalse();
        assertThat(policy.permits(AS_SAM, Action.ERASE, Optional.of(OLAS))).as("a role the actor does not hold")
                .isFalse();
    }

    @Test
    void aRoleRestrictedToOwnPartiesPermitsOnlyOnPartiesTheActorOwnsAndInGeneral() {
        AccessPolicy policy = samWith("sales");

        assertThat(policy.permits(AS_SAM, Action.WRITE, Optional.of(SAMS))).isTrue();
        assertThat(policy.permits(AS_SAM, Action.WRITE, Optional.of(OLAS))).isFalse();
        assertThat(policy.permits(AS_SAM, Action.READ, Optional.of(OLAS))).isFalse();
        assertThat(policy.permits(AS_SAM, Action.READ, Optional.of(NOBODYS))).as("a party without owner").isFalse();
        assertThat(policy.permits(AS_SAM, Action.READ, Optional.empty())).as("in general, no party concerned")
                .isTrue();
        assertThat(policy.permits(AS_SAM, Action.EXPORT, Optional.of(SAMS))).as("not among the role's actions")
                .isFalse();
    }

    @Test
    void aRoleWithoutTheRestrictionWinsOverTheSameActionRestrictedByAnotherRole() {
        AccessPolicy policy = samWith("sales", "analyst");

        assertThat(policy.permits(AS_SAM, Action.READ, Optional.of(OLAS))).as("analyst reads everything").isTrue();
        assertThat(policy.permits(AS_SAM, Action.WRITE, Optional.of(OLAS))).as("sales writes only its own")
                .isFalse();
        assertThat(policy.permits(AS_SAM, Action.WRITE, Optional.of(SAMS))).isTrue();
    }

    @Test
    void anActorWithNoRoleMayDoNothing() {
        AccessPolicy policy = samWith();

        for (Action action : Action.values()) {
            assertThat(policy.permits(AS_SAM, action, Optional.of(SAMS))).as(action.name()).isFalse();
            assertThat(policy.permits(AS_SAM, action, Optional.empty())).as(action.name()).isFalse();
        }
    }

    @Test
    void anUnidentifiedActorMayDoNothingWhateverTheRolesSay() {
        AccessPolicy policy = RoleBasedAccessPolicy.builder(user -> Set.of("admin"))
                .role("admin").permits(Action.values()).build();

        for (Action action : Action.values()) {
            assertThat(policy.permits(Optional.empty(), action, Optional.of(NOBODYS))).as(action.name()).isFalse();
            assertThat(policy.permits(Optional.empty(), action, Optional.empty())).as(action.name()).isFalse();
        }
    }

    @Test
    void unknownRolesAreIgnored() {
        assertThat(samWith("ghost").permits(AS_SAM, Action.READ, Optional.of(SAMS))).isFalse();

        AccessPolicy analystAndGhost = samWith("analyst", "ghost");
        assertThat(analystAndGhost.permits(AS_SAM, Action.READ, Optional.of(OLAS))).isTrue();
        assertThat(analystAndGhost.permits(AS_SAM, Action.WRITE, Optional.of(SAMS))).isFalse();
        assertThat(analystAndGhost.maskedFields(AS_SAM, PERSON)).as("the unknown role masks nothing away")
                .containsExactlyInAnyOrder("pesel", "customFields");
    }

    @Test
    void rolesAreLookedUpAtEveryDecision() {
        Map<UserId, Set<String>> directory = new HashMap<>(Map.of(SAM, Set.of("analyst")));
        AccessPolicy policy = standardRoles(directory).build();
        assertThat(policy.permits(AS_SAM, Action.ERASE, Optional.of(SAMS))).isFalse();

        directory.put(SAM, Set.of("admin"));

        assertThat(policy.permits(AS_SAM, Action.ERASE, Optional.of(SAMS))).isTrue();
        assertThat(policy.maskedFields(AS_SAM, PERSON)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------------------------------
    // masking

    @Test
    void maskedFieldsAreTheIntersectionOverTheActorsRoles() {
        assertThat(samWith("sales").maskedFields(AS_SAM, PERSON))
                .containsExactlyInAnyOrder("pesel", "birthDate", "notes");
        assertThat(samWith("analyst").maskedFields(AS_SAM, PERSON)).containsExactlyInAnyOrder("pesel", "customFields");
        assertThat(samWith("sales", "analyst").maskedFields(AS_SAM, PERSON)).containsExactly("pesel");
    }

    @Test
    void aRoleThatMasksNothingLiftsEveryMask() {
        assertThat(samWith("sales", "admin").maskedFields(AS_SAM, PERSON)).isEmpty();
        assertThat(samWith("admin").maskedFields(AS_SAM, PERSON)).isEmpty();
    }

    @Test
    void masksAccumulateWithinOneRole() {
        AccessPolicy policy = RoleBasedAccessPolicy.builder(user -> Set.of("sales"))
                .role("sales").permits(Action.READ).masks("pesel").masks("notes", "customFields.salary").build();

        assertThat(policy.maskedFields(AS_SAM, PERSON)).containsExactlyInAnyOrder("pesel", "notes",
                "customFields.salary");
    }

    @Test
    void theMaskedFieldsCannotBeChangedByTheCaller() {
        Set<String> masked = samWith("sales").maskedFields(AS_SAM, PERSON);

        assertThatThrownBy(() -> masked.remove("pesel")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(samWith("sales").maskedFields(AS_SAM, PERSON)).contains("pesel");
    }

    /**
     * Property: for any set of held roles (known and unknown), any action and any party (own, another's, nobody's, or
     * none), the policy answers what a direct reading of the documented rules answers.
     */
    @Test
    void everyAnswerAgreesWithTheDocumentedRules() {
        record Rules(Set<Action> actions, boolean ownOnly, Set<String> masks) {
        }
        Map<String, Rules> configured = new LinkedHashMap<>();
        configured.put("sales", new Rules(EnumSet.of(Action.READ, Action.WRITE), true,
                Set.of("pesel", "birthDate", "notes")));
        configured.put("analyst", new Rules(EnumSet.of(Action.READ, Action.EXPORT), false,
                Set.of("pesel", "customFields")));
        configured.put("schema", new Rules(EnumSet.of(Action.MANAGE_SCHEMA), false, Set.of("notes", "pesel")));
        configured.put("owner", new Rules(EnumSet.allOf(Action.class), true, Set.of("pesel", "sex", "notes")));
        List<String> names = List.of("sales", "analyst", "schema", "owner", "ghost");

        qt().forAll(integers().between(0, 31), arbitrary().enumValues(Action.class), integers().between(0, 3))
                .checkAssert((mask, action, partyCase) -> {
                    Set<String> held = new HashSet<>();
                    for (int i = 0; i < names.size(); i++) {
                        if ((mask & (1 << i)) != 0) {
                            held.add(names.get(i));
                        }
                    }
                    RoleBasedAccessPolicy.Builder b = RoleBasedAccessPolicy.builder(user -> held);
                    configured.forEach((name, r) -> {
                        b.role(name).permits(r.actions().toArray(Action[]::new))
                                .masks(r.masks().toArray(String[]::new));
                        if (r.ownOnly()) {
                            b.onlyOwnParties();
                        }
                    });
                    AccessPolicy policy = b.build();
                    Optional<Party> party = switch (partyCase) {
                        case 0 -> Optional.empty();
                        case 1 -> Optional.of(SAMS);
                        case 2 -> Optional.of(OLAS);
                        default -> Optional.of(NOBODYS);
                    };

                    boolean expected = held.stream().filter(configured::containsKey).map(configured::get)
                            .anyMatch(r -> r.actions().contains(action)
                                    && (!r.ownOnly() || party.isEmpty() || party.get().owner().equals(AS_SAM)));
                    assertThat(policy.permits(AS_SAM, action, party)).as("%s with %s on case %d", action, held,
                            partyCase).isEqualTo(expected);

                    Set<String> expectedMasks = null;
                    for (String role : held) {
                        Rules r = configured.get(role);
                        if (r != null) {
                            if (expectedMasks == null) {
                                expectedMasks = new HashSet<>(r.masks());
                            } else {
                                expectedMasks.retainAll(r.masks());
                            }
                        }
                    }
                    assertThat(policy.maskedFields(AS_SAM, PERSON)).as("masks with %s", held)
                            .isEqualTo(expectedMasks == null ? Set.of() : expectedMasks);
                });
    }

    // -----------------------------------------------------------------------------------------------------------------
    // the builder

    @Test
    void configuringARoleBeforeNamingOneIsRefused() {
        RoleBasedAccessPolicy.Builder builder = RoleBasedAccessPolicy.builder(user -> Set.of());

        assertThatThrownBy(() -> builder.permits(Action.READ)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("role(name)");
        assertThatThrownBy(builder::onlyOwnParties).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.masks("pesel")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void configuringARoleAfterBuildingIsRefused() {
        RoleBasedAccessPolicy.Builder builder = RoleBasedAccessPolicy.builder(user -> Set.of()).role("sales");
        builder.build();

        assertThatThrownBy(() -> builder.permits(Action.READ)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void configuringARoleTwiceIsRefused() {
        assertThatThrownBy(() -> RoleBasedAccessPolicy.builder(user -> Set.of())
                .role("sales").permits(Action.READ).role("sales"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sales");
        assertThatThrownBy(() -> RoleBasedAccessPolicy.builder(user -> Set.of())
                .role("sales").permits(Action.READ).role("admin").permits(Action.values()).role("sales"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sales");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertThatThrownBy(() -> RoleBasedAccessPolicy.builder(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("rolesOf");
        assertThatThrownBy(() -> RoleBasedAccessPolicy.builder(user -> Set.of()).role(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> samWith("admin").permits(AS_SAM, null, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theBuiltPolicyDoesNotChangeWhenItsBuilderGoesOn() {
        RoleBasedAccessPolicy.Builder builder = RoleBasedAccessPolicy.builder(user -> Set.of("sales", "late"))
                .role("sales").permits(Action.READ).masks("pesel");
        AccessPolicy built = builder.build();

        builder.role("late").permits(Action.values());

        assertThat(built.permits(AS_SAM, Action.ERASE, Optional.of(SAMS))).isFalse();
        assertThat(built.maskedFields(AS_SAM, PERSON)).containsExactly("pesel");
        assertThat(builder.build().permits(AS_SAM, Action.ERASE, Optional.of(SAMS))).isTrue();
    }

    @Test
    void allowAllPermitsEverythingAndMasksNothing() {
        AccessPolicy all = AccessPolicy.allowAll();

        for (Action action : Action.values()) {
            assertThat(all.permits(Optional.empty(), action, Optional.of(NOBODYS))).isTrue();
        }
        assertThat(all.maskedFields(Optional.empty(), PERSON)).isEmpty();
    }
}
