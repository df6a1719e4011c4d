package org.alignsim.archfixture.sweep;

/** LayersTest's fixture: sweep and landscape calling each other, a cycle within one layer. */
public final class A {
    public static int b() {
        return org.alignsim.archfixture.landscape.B.a();
    }
}
