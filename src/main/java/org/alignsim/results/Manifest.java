package org.alignsim.results;

/** What every kind of manifest.json records: who wrote it, with which Java, from when to when (ended null: not finished). */
public interface Manifest {
    String program();

    String version();

    String command();

    String java();

    String started();

    String ended();
}
