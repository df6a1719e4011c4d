package org.alignsim.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CLI sits on top: library code may throw {@link UserError} and read {@link Version}, but no
 * compiled class outside org.alignsim.cli may name a class of it (its constant pool would hold
 * "org/alignsim/cli/").
 */
class NoUpwardCliReferenceTest {

    @Test
    void noClassOutsideTheCliNamesTheCli() throws Exception {
        Path classes = Path.of(UserError.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = classes.resolve("org/alignsim");
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertTrue(all.size() > 100, "the compiled classes were found: " + all.size());
        List<String> offenders = all.stream()
                .filter(p -> !p.startsWith(root.resolve("cli")))
                .filter(NoUpwardCliReferenceTest::namesCli)
                .map(p -> root.relativize(p).toString()).toList();
        assertEquals(List.of(), offenders);
    }

    private static boolean namesCli(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("org/alignsim/cli/");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
