package org.alignsim.sweep;

import org.alignsim.base.FileError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The time series of one design point's replications, gathered as they finish so that each cell
 * (a step and an outcome) can be summarised across them: the quantiles of timeseries.csv are exact,
 * so every replication's value of every cell has to be kept until the point's last replication is in.
 * <p>
 * A point with few replications is kept in memory. One with many (a 10^6-run sweep has twenty
 * thousand per point, 240 MB of series) would set the sweep's memory, so its replications are
 * written in blocks to a scratch file, each block laid out cell by cell, and read back a group of
 * cells at a time: the memory a point needs is then a block and a group, a few MB, whatever its
 * replications. The scratch file is unlinked as soon as it is open (on POSIX systems), so nothing
 * is left behind even if the process is killed; it lives in TMPDIR (Slurm's node-local scratch
 * on a cluster), or java.io.tmpdir when TMPDIR is not set.
 * <p>
 * The values a cell's summary sees are the successful replications' in replication order,
 * whichever way they were kept, so the summaries, and the file, are the same bytes either way.
 */
final class ReplicationSeries implements AutoCloseable {
    /**
     * Above this many bytes of series a point's replications go to a scratch file: 16 MB, or the
     * system property alignsim.sweep.inMemoryBytes (tests set it to 0 to spill every point).
     */
    static final long IN_MEMORY_BYTES = Long.getLong("alignsim.sweep.inMemoryBytes", 16L << 20);
    /** A spilled point's memory: the block being filled, and the group of cells being summarised. */
    private static final long BLOCK_BYTES = 4L << 20, GROUP_BYTES = 8L << 20;

    /** What a cell's summary is handed: the cell's index and its values (one per successful replication, in order). */
    interface CellSink {
        void accept(int cell, double[] values);
    }

    private final int reps, cells;
    private final double[][] inMemory;          // by replication; null when spilling
    private final boolean[] ok;
    private int finished;

    // Spilling: the current block (cell-major: buffer[cell * blockReps + slot]) and the replication in each slot.
    private final int blockReps;
    private final long groupBytes;
    private double[] block;
    private int[] slotRep;
    private int filled, blocksWritten;
    private int[][] blockReplications;
    private FileChannel scratch;
    private FileError broken;                   // a failed write fails every later put the same way
    private Path scratchPath;

    ReplicationSeries(int reps, int cells) {
        this(reps, cells, IN_MEMORY_BYTES, BLOCK_BYTES, GROUP_BYTES);
    }

    /** For tests: the threshold above which to spill, and the sizes of a block and a group. */
    ReplicationSeries(int reps, int cells, long inMemoryBytes, long blockBytes, long groupBytes) {
        this.reps = reps;
        this.cells = Math.max(1, cells);
        this.ok = new boolean[reps];
        boolean spill = (long) reps * this.cells * Double.BYTES > inMemoryBytes;
        this.inMemory = spill ? null : new double[reps][];
        this.blockReps = spill ? (int) Math.max(1, Math.min(reps, blockBytes / ((long) this.cells * Double.BYTES))) : 0;
        this.groupBytes = groupBytes;
    }

    boolean spilling() { return inMemory == null; }

    /**
     * Records replication rep's series (steps x outcomes, row by row), or null for a failed run.
     * Returns true for the call that completes the point.
     */
    synchronized boolean put(int rep, double[][] series) {
        if (broken != null) throw broken;
        if (series != null) {
            ok[rep] = true;
            if (inMemory != null) inMemory[rep] = flatten(series);
            else add(rep, series);
        }
        return ++finished == reps;
    }

    private double[] flatten(double[][] series) {
        double[] flat = new double[cells];
        int k = 0;
        for (double[] row : series) {
            System.arraycopy(row, 0, flat, k, row.length);
            k += row.length;
        }
        return flat;
    }

    private void add(int rep, double[][] series) {
        if (block == null) {
            block = new double[blockReps * cells];
            slotRep = new int[blockReps];
            blockReplications = new int[(reps + blockReps - 1) / blockReps][];
        }
        int slot = filled++, c = 0;
        for (double[] row : series) for (double v : row) block[c++ * blockReps + slot] = v;
        slotRep[slot] = rep;
        if (filled == blockReps) writeBlock();
    }

    private void writeBlock() {
        try {
            if (scratch == null) open();
            ByteBuffer bytes = io(blockReps * cells * Double.BYTES);
            bytes.asDoubleBuffer().put(block);
            long at = (long) blocksWritten * blockReps * cells * Double.BYTES;
            while (bytes.hasRemaining()) at += scratch.write(bytes, at);
        } catch (IOException e) {
            broken = FileError.writing(scratchPath != null ? scratchPath : scratchFolder().resolve("alignsim-point-N.bin"), e)
                    .withHint("a design point's replications go to a scratch file in TMPDIR (or java.io.tmpdir when TMPDIR is not set); --resume continues");
            throw broken;
        }
        blockReplications[blocksWritten++] = java.util.Arrays.copyOf(slotRep, filled);
        filled = 0;
    }

    private void open() throws IOException {
        scratchPath = Files.createTempFile(scratchFolder(), "alignsim-point-", ".bin");
        scratch = FileChannel.open(scratchPath, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        try {
            Files.delete(scratchPath);   // POSIX: the open channel keeps the data; a kill leaves nothing behind
        } catch (IOException e) {
            // not on this file system: DELETE_ON_CLOSE removes it at close
        }
    }

    /** TMPDIR, as Unix programs and Slurm (node-local scratch) mean it; Java's own java.io.tmpdir ignores it. */
    static Path scratchFolder() {
        String env = System.getenv("TMPDIR");
        return Path.of(env != null && !env.isBlank() ? env : System.getProperty("java.io.tmpdir"));
    }

    /** The number of successful replications. */
    synchronized int okCount() {
        int n = 0;
        for (boolean b : ok) if (b) n++;
        return n;
    }

    /** Hands every cell, in order, its values over the successful replications in replication order. */
    synchronized void forEachCell(CellSink sink) {
        int[] position = new int[reps];
        int n = 0;
        for (int r = 0; r < reps; r++) position[r] = ok[r] ? n++ : -1;
        if (inMemory != null) {
            double[] xs = new double[n];
            for (int c = 0; c < cells; c++) {
                for (int r = 0; r < reps; r++) if (position[r] >= 0) xs[position[r]] = inMemory[r][c];
                sink.accept(c, xs);
            }
            return;
        }
        int group = (int) Math.max(1, Math.min(cells, groupBytes / ((long) Math.max(1, n) * Double.BYTES)));
        double[][] values = new double[group][n];
        double[] chunk = new double[group * blockReps];
        for (int c0 = 0; c0 < cells; c0 += group) {
            int g = Math.min(group, cells - c0);
            for (int b = 0; b < blocksWritten; b++) {
                readChunk(b, c0, g, chunk);
                scatter(chunk, 0, blockReplications[b], g, position, values);
            }
            if (block != null) scatter(block, c0, java.util.Arrays.copyOf(slotRep, filled), g, position, values);
            for (int k = 0; k < g; k++) sink.accept(c0 + k, values[k]);
        }
    }

    /**
     * The calling thread's I/O buffer, cleared and limited to size bytes (grown when needed). Direct,
     * so that a channel reads and writes it in place: a heap buffer is copied through a temporary
     * direct one on every call, and a 10^6-run sweep moves some 23 GB through here. One per thread
     * (a buffer serves one call at a time) rather than one per point, whose direct memory would
     * wait for a collection to be given back.
     */
    private static ByteBuffer io(int size) {
        ByteBuffer io = IO.get();
        if (io == null || io.capacity() < size) {
            io = ByteBuffer.allocateDirect(size).order(ByteOrder.nativeOrder());
            IO.set(io);
        }
        io.clear().limit(size);
        return io;
    }

    private static final ThreadLocal<ByteBuffer> IO = new ThreadLocal<>();

    /** Cells [c0, c0 + g) of block b, each blockReps values, into chunk. */
    private void readChunk(int b, int c0, int g, double[] chunk) {
        ByteBuffer bytes = io(g * blockReps * Double.BYTES);
        long at = ((long) b * blockReps * cells + (long) c0 * blockReps) * Double.BYTES;
        try {
            while (bytes.hasRemaining()) {
                int read = scratch.read(bytes, at);
                if (read < 0) throw new IOException("scratch file ends early");
                at += read;
            }
        } catch (IOException e) {
            throw FileError.reading(scratchPath, e).withHint("--resume continues");
        }
        bytes.flip();
        DoubleBuffer d = bytes.asDoubleBuffer();
        d.get(chunk, 0, g * blockReps);
    }

    /**
     * Puts the values of g cells held cell-major in source (cell k's slots start at
     * (firstCell + k) * blockReps) into values, at each slot's replication's position.
     */
    private void scatter(double[] source, int firstCell, int[] replications, int g, int[] position, double[][] values) {
        for (int k = 0; k < g; k++) {
            int base = (firstCell + k) * blockReps;
            double[] out = values[k];
            for (int s = 0; s < replications.length; s++) out[position[replications[s]]] = source[base + s];
        }
    }

    @Override
    public synchronized void close() {
        if (scratch == null) return;
        try {
            scratch.close();
        } catch (IOException e) {
            // the file is unlinked already, or removed on close; nothing to keep
        }
        scratch = null;
    }
}
