package org.alignsim.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs independent tasks on a fixed pool. Each task writes only its own slot of a result array,
 * so results do not depend on the number of threads or the order in which tasks finish.
 */
final class Parallel implements AutoCloseable {
    private final ExecutorService pool;
    private final Runnable tick;

    Parallel(int threads, Runnable tick) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "validate-worker");
            t.setDaemon(true);
            return t;
        });
        this.tick = tick;
    }

    void forEach(int n, IntConsumer task) {
        List<Future<?>> fs = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int kk = k;
            fs.add(pool.submit(() -> {
                task.accept(kk);
                tick.run();
            }));
        }
        try {
            for (Future<?> f : fs) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
