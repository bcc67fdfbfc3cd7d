package dev.kartoteka.core.registry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A thread-safe {@link RegistryListener} that keeps every event it receives, in order. */
public final class RecordingListener implements RegistryListener {

    private final List<RegistryEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(RegistryEvent event) {
        events.add(event);
    }

    /** @return every event received so far, oldest first */
    public List<RegistryEvent> events() {
        return List.copyOf(events);
    }

    /** @return the classes of the events received so far, oldest first */
    public List<Class<? extends RegistryEvent>> types() {
        return events.stream().<Class<? extends RegistryEvent>>map(RegistryEvent::getClass).toList();
    }

    /**
     * @param type an event type
     * @param <E> the event type
     * @return the events of that type received so far, oldest first
     */
    public <E extends RegistryEvent> List<E> ofType(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets every event received so far. */
    public void clear() {
        events.clear();
    }
}
