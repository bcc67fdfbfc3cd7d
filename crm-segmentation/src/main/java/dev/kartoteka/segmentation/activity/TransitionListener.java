package dev.kartoteka.segmentation.activity;

import org.apiguardian.api.API;

/**
 * Hears each {@link Transition} as {@link ActivityTransitions#compare} finds it — the hook for a host to start a
 * campaign (e.g. a last-chance offer for every active → inactive move). Called on the comparing thread, in party
 * id order; an exception stops the comparison and propagates.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface TransitionListener {

    /** A listener that does nothing. */
    TransitionListener NONE = t -> { };

    /**
     * @param transition a party that moved
     */
    void onTransition(Transition transition);
}
