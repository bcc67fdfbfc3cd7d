package dev.kartoteka.core.registry;

import org.apiguardian.api.API;

/**
 * Receives the registry's {@link RegistryEvent}s.
 *
 * <p>Events are delivered synchronously on the thread that made the change, after the change has been stored, in the
 * order listeners subscribed. A listener that throws does not undo the change and does not keep other listeners from
 * the event; the registry logs the failure (event type and exception type, never personal data) and goes on.
 * Listeners must be thread-safe when the registry is used from several threads.
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
