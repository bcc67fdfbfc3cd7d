/**
 * Consents: a ledger of {@link dev.kartoteka.core.consent.ConsentEvent grants and withdrawals} per party, channel and
 * purpose (optionally per contact point), with source, evidence, validity and double opt-in, and the one question that
 * matters before contacting anybody: {@link dev.kartoteka.core.consent.Consents#mayContact(dev.kartoteka.core.party.PartyId,
 * ConsentChannel, ConsentPurpose, java.time.Instant) may I contact this party on this channel for this purpose now?},
 * answered with the reason and the event that decided it.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.consent;

import org.jspecify.annotations.NullMarked;
