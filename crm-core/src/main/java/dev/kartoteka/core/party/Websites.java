package dev.kartoteka.core.party;

import dev.kartoteka.core.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/** Parsing and checking of website addresses. */
final class Websites {

    private static final String EXPECTED = "an absolute http(s) URL with a host, e.g. https://example.pl";

    private Websites() {
    }

    static URI parse(String field, String text) {
        Objects.requireNonNull(text, field);
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw ValidationException.of(field, text, EXPECTED);
        }
        String withScheme = trimmed.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? trimmed : "https://" + trimmed;
        try {
            URI uri = new URI(withScheme);
            check(field, uri);
            return uri;
        } catch (URISyntaxException e) {
            throw ValidationException.of(field, text, EXPECTED);
        }
    }

    static void check(String field, URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))
                || host == null || !host.contains(".") || uri.toString().length() > 2000) {
            throw ValidationException.of(field, uri, EXPECTED);
        }
    }
}
