package org.alignsim.archfixture.landscape;

/** LayersTest's fixture: the other half of the sweep-landscape cycle. */
public final class B {
    public static int a() {
        return org.alignsim.archfixture.sweep.A.class.getName().length();
    }
}
