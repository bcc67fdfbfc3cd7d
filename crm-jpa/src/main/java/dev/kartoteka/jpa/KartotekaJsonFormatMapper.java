package dev.kartoteka.jpa;

import java.lang.reflect.Constructor;
import org.apiguardian.api.API;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Hibernate's JSON format mapper for a persistence unit that holds Kartoteka's entities: Kartoteka's JSON columns are
 * mapped to {@code String} and already hold JSON text (written by crm-core's own codec), so strings pass through
 * unchanged and no JSON library is needed. Any other Java type — a host entity's own JSON attribute — goes to Jackson
 * or JSON-B through Hibernate's own mappers when one of them is on the class path, so adding Kartoteka to a host's unit
 * does not change how the host's JSON columns are read and written.
 *
 * <p>Set it with {@link KartotekaJpa#hibernateProperties()}, or by name:
 * {@code hibernate.type.json_format_mapper=dev.kartoteka.jpa.KartotekaJsonFormatMapper}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KartotekaJsonFormatMapper implements FormatMapper {

    private static final String[] DELEGATES = {
        "org.hibernate.type.format.jackson.JacksonJsonFormatMapper",
        "org.hibernate.type.format.jakartajson.JsonBJsonFormatMapper"};

    private final FormatMapper delegate = delegate();

    /** Creates the mapper, with Hibernate's Jackson or JSON-B mapper for other types when available. */
    public KartotekaJsonFormatMapper() {
    }

    private static FormatMapper delegate() {
        for (String name : DELEGATES) {
            try {
                Constructor<?> c = Class.forName(name, true, KartotekaJsonFormatMapper.class.getClassLoader())
                        .getConstructor();
                return (FormatMapper) c.newInstance();
            } catch (ReflectiveOperationException | LinkageError | RuntimeException absent) {
                // that library is not on the class path: try the next one
            }
        }
        return null;
    }

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        if (type.getJavaTypeClass() == String.class) {
            return type.getJavaTypeClass().cast(text.toString());
        }
        return other(type).fromString(text, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        if (value instanceof String text) {
            return text;
        }
        return other(type).toString(value, type, options);
    }

    private FormatMapper other(JavaType<?> type) {
        if (delegate == null) {
            throw new IllegalStateException("a JSON attribute of type " + type.getJavaTypeClass().getName()
                    + " needs Jackson or JSON-B on the class path; Kartoteka's own JSON columns are strings");
        }
        return delegate;
    }
}
