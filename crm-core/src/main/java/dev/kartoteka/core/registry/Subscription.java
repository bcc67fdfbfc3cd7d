package dev.kartoteka.core.registry;

import org.apiguardian.api.API;

/**
 * A listener's registration; closing it stops delivery. Closing twice is harmless.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Stops delivering events to the listener. */
    @Override
    void close();
}
