/**
 * The mapping and the stores behind {@link dev.kartoteka.jpa.KartotekaJpa}: not part of the API.
 */
package dev.kartoteka.jpa.internal;
