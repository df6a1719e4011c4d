package org.alignsim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a whole AlignSim process cost, written as it exits when the system property
 * {@code alignsim.figures} names a file: the bench starts a real command in its own JVM and reads
 * these back, so its end-to-end figures include start-up, the JIT, file output and the GC.
 */
public final class ProcessFigures {
    public static final String PROPERTY = "alignsim.figures";

    private ProcessFigures() {}

    /** Arranges for the figures to be written at exit, if the property asks for them. */
    public static void installIfAsked() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) return;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> write(Path.of(file)), "alignsim-figures"));
    }

    private static void write(Path file) {
        Map<String, Long> f = new LinkedHashMap<>();
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            f.put("cpu_ns", os.getProcessCpuTime());
        }
        f.put("peak_rss_kb", statusField("VmHWM"));
        long peakHeap = 0, afterGc = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() != MemoryType.HEAP) continue;
            peakHeap += p.getPeakUsage().getUsed();
            if (p.getCollectionUsage() != null) afterGc += p.getCollectionUsage().getUsed();
        }
        f.put("peak_heap_bytes", peakHeap);
        // What survives the last collection the run itself made: the live set while it ran.
        f.put("live_heap_bytes", afterGc);
        StringBuilder sb = new StringBuilder();
        f.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        try {
            Files.writeString(file, sb);
        } catch (IOException e) {
            System.err.println("alignsim: warning: could not write process figures to " + file + ": " + e.getMessage());
        }
    }

    /** A field of /proc/self/status in kB, or -1 where there is no such file (not Linux). */
    private static long statusField(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(name + ":")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Reads figures written by {@link #installIfAsked}. */
    static Map<String, Long> read(Path file) throws IOException {
        Map<String, Long> f = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) f.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
        }
        return f;
    }
}
