package org.alignsim.archfixture.base;

/** LayersTest's fixture: base may use no other package. */
public final class UsesModel {
    public static int model() {
        return new org.alignsim.archfixture.model.Upward().hashCode();
    }
}
