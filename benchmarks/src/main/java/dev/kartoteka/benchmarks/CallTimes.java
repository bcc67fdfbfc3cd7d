package dev.kartoteka.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;

/** Counts the calls of an interface's methods and the time spent in them, for a breakdown of a benchmark's time. */
final class CallTimes {

    private final Map<String, long[]> byMethod = new TreeMap<>();

    /** Returns {@code target} seen through {@code type}, each call counted and timed under "{@code Type.method}". */
    <T> T wrap(Class<T> type, T target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            long start = System.nanoTime();
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                long elapsed = System.nanoTime() - start;
                synchronized (byMethod) {
                    long[] total = byMethod.computeIfAbsent(type.getSimpleName() + "." + method.getName(),
                            k -> new long[2]);
                    total[0]++;
                    total[1] += elapsed;
                }
            }
        }));
    }

    void reset() {
        synchronized (byMethod) {
            byMethod.clear();
        }
    }

    /** Prints one line per method: calls, total time and its share of {@code wallNanos}, mean time per call. */
    void print(String indent, long wallNanos) {
        synchronized (byMethod) {
            byMethod.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                    .forEach(e -> System.out.printf("%s%-34s %9d calls %10.1f ms %5.1f%% %9.1f µs/call%n", indent,
                            e.getKey(), e.getValue()[0], e.getValue()[1] / 1e6, 100.0 * e.getValue()[1] / wallNanos,
                            e.getValue()[1] / 1e3 / e.getValue()[0]));
        }
    }
}
