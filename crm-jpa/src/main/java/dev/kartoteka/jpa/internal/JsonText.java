package dev.kartoteka.jpa.internal;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Hibernate's JSON columns for attributes that already hold JSON text: the text is passed through unchanged, so
 * crm-core's own codec ({@code CustomFieldJson}) decides the format and no JSON library is needed at run time.
 */
public final class JsonText implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        if (type.getJavaTypeClass() != String.class) {
            throw new IllegalArgumentException("Kartoteka maps JSON columns to String only, not " + type);
        }
        return type.getJavaTypeClass().cast(text.toString());
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("Kartoteka maps JSON columns to String only, not " + type);
        }
        return text;
    }
}
