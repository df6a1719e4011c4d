package org.alignsim.sweep;


import org.alignsim.base.FileError;
import org.alignsim.base.UserError;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What an interrupted sweep left behind. Files are written in run order, so a file is a header,
 * whole rows, and perhaps one torn row at the end (a kill mid-write); resuming cuts the torn row
 * and, for files written a block at a time, any incomplete block.
 */
final class Resume {
    private Resume() {}

    /**
     * Counts whole data rows (truncating the file after the last whole row, or whole block of
     * blockSize rows when blockSize > 0). Checks the header and that the first row's run index is
     * firstIndex (when blockSize == 0).
     */
    static long completeRows(Path p, String header, long firstIndex, int blockSize) {
        try {
            if (!Files.exists(p)) return 0;
            long size = Files.size(p);
            if (size == 0) return 0;
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                String first = r.readLine();
                if (first != null && !first.equals(header)) {
                    throw new UserError(p + ": its header does not match this sweep; it belongs to another sweep or program version");
                }
                if (blockSize == 0) {
                    String row = r.readLine();
                    if (row != null && row.indexOf(',') > 0 && !row.substring(0, row.indexOf(',')).equals(Long.toString(firstIndex))) {
                        throw new UserError(p + ": starts at run " + row.substring(0, row.indexOf(',')) + ", not " + firstIndex + "; it belongs to another shard");
                    }
                }
            }
            long headerEnd = -1, lines = 0, lastLineEnd = -1, lastBlockEnd = -1;
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                ByteBuffer buf = ByteBuffer.allocate(1 << 16);
                long pos = 0;
                while (ch.read(buf) > 0) {
                    buf.flip();
                    while (buf.hasRemaining()) {
                        byte b = buf.get();
                        pos++;
                        if (b == '\n') {
                            if (headerEnd < 0) {
                                headerEnd = pos;
                                lastBlockEnd = pos;
                            } else {
                                lines++;
                                lastLineEnd = pos;
                                if (blockSize > 0 && lines % blockSize == 0) lastBlockEnd = pos;
                            }
                        }
                    }
                    buf.clear();
                }
            }
            if (headerEnd < 0) {
                truncate(p, 0);
                return 0;
            }
            long keepEnd = blockSize > 0 ? lastBlockEnd : Math.max(lastLineEnd, headerEnd);
            long keepRows = blockSize > 0 ? (lines / blockSize) * blockSize : lines;
            if (keepEnd < size) truncate(p, keepEnd);
            return keepRows;
    
        } catch (IOException e) {
            throw FileError.reading(p, e);
        }
    }

    static void truncateToRows(Path p, long rows) {
        try {
            if (!Files.exists(p)) return;
            long seen = -1, pos = 0;
            try (InputStream in = Files.newInputStream(p)) {
                int b;
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) {
                    for (int i = 0; i < n; i++) {
                        pos++;
                        if (buf[i] == '\n' && ++seen == rows) {
                            truncate(p, pos);
                            return;
                        }
                    }
                }
            }
    
        } catch (IOException e) {
            throw FileError.reading(p, e);
        }
    }

    private static void truncate(Path p, long size) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        } catch (IOException e) {
            throw FileError.writing(p, e);
        }
    }

    /** Failed runs already recorded (status column is the fifth). */
    static long countFailed(Path runs) {
        try {
            if (!Files.exists(runs)) return 0;
            long failed = 0;
            try (BufferedReader r = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
                r.readLine();
                String line;
                while ((line = r.readLine()) != null) {
                    int c = 0, i = 0;
                    while (c < 4 && i >= 0) {
                        i = line.indexOf(',', i) + 1;
                        if (i == 0) break;
                        c++;
                    }
                    if (c == 4 && line.startsWith("failed", i)) failed++;
                }
            }
            return failed;
    
        } catch (IOException e) {
            throw FileError.reading(runs, e);
        }
    }
}
