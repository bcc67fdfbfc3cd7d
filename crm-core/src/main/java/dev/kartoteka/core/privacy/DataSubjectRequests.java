package dev.kartoteka.core.privacy;

import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.access.AccessDeniedException;
import dev.kartoteka.core.party.PartyId;
import org.apiguardian.api.API;

/**
 * A person's GDPR rights over what the registry holds about them: access (export) and erasure. Obtained from
 * {@code ClientRegistry.privacy()}; both are subject to the access policy ({@code EXPORT}, {@code ERASE}).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface DataSubjectRequests {

    /**
     * Exports everything held about a person as one JSON document: the party's data with its contact points and
     * custom fields, the companies it acts for, its interactions and transactions, its consent events, and every
     * audit entry about it.
     *
     * @param person the person
     * @return the JSON document (UTF-8 text)
     * @throws NotFoundException if there is no such party
     * @throws AccessDeniedException without the EXPORT right on the party
     */
    String export(PartyId person);

    /**
     * Erases (anonymises) a person everywhere: the person's names become {@code "[erased]"}, and PESEL, birth date,
     * sex, profession, contact points, important dates, interests, tags, notes and custom fields are removed; the
     * person's contact-person entries in companies lose their contact points, position, department and custom fields;
     * interactions with the person lose subject and outcome; consent events lose evidence and contact point; every
     * audit value about the person, or mentioning one of their personal values anywhere, becomes {@code "[erased]"}.
     * Transactions (amounts, dates) and roles stay for statistics. The party's status becomes
     * {@link dev.kartoteka.core.party.PartyStatus#ERASED}; searches and exports no longer find the personal data. The
     * erasure itself is audited without personal data.
     *
     * @param person the person
     * @param reason why (e.g. the request's reference), must itself not contain personal data; or {@code null}
     * @return what was done
     * @throws NotFoundException if there is no such party
     * @throws StateConflictException if the party is not a person, was erased already, or was merged into another
     *     party (erase the survivor: that also erases the tombstones merged into it and their audit entries)
     * @throws AccessDeniedException without the ERASE right on the party
     */
    ErasureReport erase(PartyId person, String reason);
}
