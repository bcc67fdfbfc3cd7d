package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.access.AccessDeniedException;
import dev.kartoteka.core.access.AccessPolicy;
import dev.kartoteka.core.access.Action;
import dev.kartoteka.core.access.RoleBasedAccessPolicy;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.privacy.ErasureReport;
import dev.kartoteka.core.registry.ClientRegistry;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keeps README's access and privacy example honest: the same lines compile and run here. */
class ReadmeAccessPrivacyTests {

    @Test
    void accessPolicyMasksAndDeniesAndPrivacyExportsAndErases() {
        Map<String, Set<String>> directory = Map.of("ewa", Set.of("admin"), "jan", Set.of("sales"));
        // --- access and privacy (keep identical to README.md) ---
        AccessPolicy policy = RoleBasedAccessPolicy.builder(user -> directory.getOrDefault(user.value(), Set.of()))
                .role("admin").permits(Action.values())
                .role("sales").permits(Action.READ, Action.WRITE).onlyOwnParties().masks("pesel", "birthDate")
                .build();
        ClientRegistry registry = ClientRegistry.builder().accessPolicy(policy).build();
        ClientRegistry ewa = registry.as(UserId.of("ewa"), null);
        ClientRegistry jan = registry.as(UserId.of("jan"), null);
        Person anna = ewa.create(Person.builder().givenNames("Anna").familyName("Nowak").owner(UserId.of("jan"))
                .fromPesel(Pesel.of(LocalDate.of(1990, 4, 1), Sex.FEMALE, 5)).build());
        Person seenByJan = (Person) jan.get(anna.id());                      // no PESEL, no birth date
        String everything = ewa.privacy().export(anna.id());                 // one JSON document (EXPORT right)
        ErasureReport erased = ewa.privacy().erase(anna.id(), "wniosek RODO 2026/17");   // anonymised everywhere
        // --- end of access and privacy ---

        assertThat(seenByJan.pesel()).isEmpty();
        assertThat(seenByJan.birthDate()).isEmpty();
        assertThat(ewa.get(anna.id()).displayName()).isEqualTo("[erased] [erased]");
        assertThat(everything).contains("\"givenNames\": \"Anna\"");
        assertThat(erased.partyId()).isEqualTo(anna.id());
        assertThatThrownBy(() -> jan.privacy().export(anna.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void readmeShowsExactlyTheExampleThatThisTestRuns() throws IOException {
        ReadmeBlocks.assertReadmeShowsTheLinesOf("access-privacy:", "ReadmeAccessPrivacyTests", "access and privacy");
    }
}
