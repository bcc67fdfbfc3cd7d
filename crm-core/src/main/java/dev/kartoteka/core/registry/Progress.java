package dev.kartoteka.core.registry;

import org.apiguardian.api.API;

/**
 * Receives the progress of a long operation (a bulk creation, an import, a scan), after each batch. Called on the
 * thread doing the work; it should return quickly and must not call the registry.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface Progress {

    /** Ignores every report. */
    Progress NONE = (done, succeeded, failed) -> { };

    /**
     * Reports the progress so far.
     *
     * @param done how many items were processed
     * @param succeeded how many of them succeeded
     * @param failed how many of them failed (were rejected)
     */
    void update(long done, long succeeded, long failed);
}
