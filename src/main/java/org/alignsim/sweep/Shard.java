package org.alignsim.sweep;

/**
 * The k-th of N deterministic slices of a sweep (k from 0, as Slurm's array task ids). Slices are
 * contiguous blocks of design points, so each shard's files are a contiguous part of the
 * single-machine files and merging is concatenation.
 */
public record Shard(int k, int n) {
    public static final Shard ALL = new Shard(0, 1);

    public static Shard parse(String s) {
        String[] parts = s.split("/");
        if (parts.length != 2) throw new IllegalArgumentException("--shard takes k/N, e.g. 0/8");
        int k, n;
        try {
            k = Integer.parseInt(parts[0].trim());
            n = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard takes k/N with whole numbers, e.g. 0/8");
        }
        if (n < 1 || k < 0 || k >= n) throw new IllegalArgumentException("--shard k/N needs 0 <= k < N, found " + s);
        return new Shard(k, n);
    }

    public int firstPoint(int points) { return (int) ((long) points * k / n); }

    public int endPoint(int points) { return (int) ((long) points * (k + 1) / n); }

    public boolean whole() { return n == 1; }

    @Override
    public String toString() { return k + "/" + n; }
}
