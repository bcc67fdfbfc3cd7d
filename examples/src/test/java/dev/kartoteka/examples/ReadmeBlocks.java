package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares a Java block of README.md with the lines a test runs, so that the documentation cannot drift from code that
 * compiles and works. A README block follows an HTML comment containing its marker; the test's lines sit between two
 * comment lines containing {@code --- <name>} and {@code --- end of <name>}.
 */
final class ReadmeBlocks {

    private ReadmeBlocks() {
    }

    /**
     * Asserts that the README block after {@code readmeMarker} has exactly the lines between the test's markers.
     *
     * @param readmeMarker text of the HTML comment before the block, e.g. {@code "quick-start:"}
     * @param testClass the test's simple class name (its source file in this package)
     * @param name the name in the test's {@code --- name} / {@code --- end of name} comments
     * @throws IOException if a file cannot be read
     */
    static void assertReadmeShowsTheLinesOf(String readmeMarker, String testClass, String name) throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int marker = indexOf(readme, readmeMarker, 0);
        int start = indexOf(readme, "```java", marker) + 1;
        int end = indexOf(readme, "```", start);
        List<String> source = Files.readAllLines(Path.of("src", "test", "java", "dev", "kartoteka", "examples",
                testClass + ".java"), StandardCharsets.UTF_8);
        int from = indexOf(source, "--- " + name, 0) + 1;
        int to = indexOf(source, "--- end of " + name, from);

        assertThat(readme.subList(start, end).stream().map(String::strip).toList()).isNotEmpty()
                .containsExactlyElementsOf(source.subList(from, to).stream().map(String::strip).toList());
    }

    private static int indexOf(List<String> lines, String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line containing '" + text + "' after line " + from);
    }
}
