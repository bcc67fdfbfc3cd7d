package dev.kartoteka.core.registry;

import org.apiguardian.api.API;

/**
 * Receives the registry's {@link RegistryEvent}s.
 *
 * <p>Events are delivered synchronously on the thread that made the change, after the change has been stored, in the
 * order listeners subscribed, and in the order the changes were stored (deliveries are serialised: a slow listener
 * slows every writer down, so hand long work to another thread). A listener that throws an exception does not undo
 * the change and does not keep other listeners from the event; the registry logs the failure (event type and
 * exception type, never personal data) and goes on. {@link Error}s are not caught. Listeners must be thread-safe when
 * the registry is used from several threads, and must not write to the registry from within {@code onEvent} on
 * another thread while waiting for it.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface RegistryListener {

    /**
     * Handles one event.
     *
     * @param event what happened
     */
    void onEvent(RegistryEvent event);
}
