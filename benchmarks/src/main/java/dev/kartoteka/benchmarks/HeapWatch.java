package dev.kartoteka.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a piece of code runs, three ways: the heap in use sampled every millisecond (garbage
 * included, so an upper bound of what the code needs), the heap in use right after each garbage collection (what was
 * still reachable: the live set, the better measure of what the code holds) and the pools' own peak counters.
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong sampledPeak = new AtomicLong();
    private final AtomicLong afterGcPeak = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final long liveBefore;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener;
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatch() {
        System.gc();
        liveBefore = used();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long after = 0;
                for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    MemoryUsage u = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                    if (pool.getType() == MemoryType.HEAP && u != null) {
                        after += u.getUsed();
                    }
                }
                afterGcPeak.accumulateAndGet(after, Math::max);
                collections.incrementAndGet();
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                sampledPeak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // removed already
            }
        }
    }

    /** The live heap when the watch started (after a full collection). */
    long liveBefore() {
        return liveBefore;
    }

    long sampledPeak() {
        return sampledPeak.get();
    }

    /** The largest heap in use right after a collection during the watch; 0 if no collection ran. */
    long afterGcPeak() {
        return afterGcPeak.get();
    }

    long collections() {
        return collections.get();
    }

    /** The sum of the heap pools' peak usage since the watch started (each pool's own peak, so an upper bound). */
    long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
