package org.alignsim.model;

/** Told about every recorded step of a run (step 0 is the initial state). Writers implement this. */
public interface RunObserver {
    void onStep(AlignmentModel model);

    default void onEnd(AlignmentModel model) {}
}
