package org.alignsim.cli;

import org.alignsim.base.Seed;
import picocli.CommandLine;

/** Every --seed by the one rule of {@link Seed}; picocli reports a wrong one as it reports any wrong value. */
final class SeedConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        try {
            long v = Long.parseLong(value.trim());
            if (Seed.ok(v)) return v;
        } catch (NumberFormatException ignored) {
            // told below
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not " + Seed.RULE);
    }
}
