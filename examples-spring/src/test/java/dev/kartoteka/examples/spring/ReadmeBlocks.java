package dev.kartoteka.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares a Java block of README.md with lines of this module's code, so that the documentation cannot drift from
 * code that compiles and works (a copy of the examples module's helper, reading any source file of this module). A
 * README block follows an HTML comment containing its marker; the source's lines sit between two comment lines
 * containing {@code --- <name>} and {@code --- end of <name>}.
 */
final class ReadmeBlocks {

    private ReadmeBlocks() {
    }

    /**
     * Asserts that the README block after {@code readmeMarker} has exactly the lines between the source's markers.
     *
     * @param readmeMarker text of the HTML comment before the block, e.g. {@code "spring:"}
     * @param source the source file, relative to this module
     * @param name the name in the source's {@code --- name} / {@code --- end of name} comments
     * @throws IOException if a file cannot be read
     */
    static void assertReadmeShowsTheLinesOf(String readmeMarker, Path source, String name) throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int marker = indexOf(readme, readmeMarker, 0);
        int start = indexOf(readme, "```java", marker) + 1;
        int end = indexOf(readme, "```", start);
        List<String> code = Files.readAllLines(source, StandardCharsets.UTF_8);
        int from = indexOf(code, "--- " + name, 0) + 1;
        int to = indexOf(code, "--- end of " + name, from);

        assertThat(readme.subList(start, end).stream().map(String::strip).toList()).isNotEmpty()
                .containsExactlyElementsOf(code.subList(from, to).stream().map(String::strip).toList());
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
