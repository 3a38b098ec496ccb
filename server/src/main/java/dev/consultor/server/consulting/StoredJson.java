package dev.consultor.server.consulting;

import dev.consultor.engine.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A JSON document as the database holds it, in UTF-8. A finished consultation is tens of kilobytes:
 * read as bytes and written out as the same bytes, it is neither decoded to text nor encoded again on
 * each read, which was a quarter of the work of answering {@code GET /api/v1/executions/{id}}.
 *
 * <p>Nothing checks that the bytes are JSON: only what the server itself wrote is wrapped.
 */
@JsonSerialize(using = StoredJson.AsRawValue.class)
final class StoredJson implements SerializableString {
    private final byte[] utf8;

    private StoredJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** @return null for a null column */
    static StoredJson ofUtf8(byte[] utf8) {
        return utf8 == null ? null : new StoredJson(utf8);
    }

    <T> T read(Class<T> type) {
        return Json.mapper().readValue(utf8, type);
    }

    /** Written where a value goes, as it is; a UTF-8 generator copies the bytes. */
    static final class AsRawValue extends ValueSerializer<StoredJson> {
        @Override
        public void serialize(StoredJson value, JsonGenerator gen, SerializationContext context) {
            gen.writeRawValue(value);
        }
    }

    @Override
    public String getValue() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return getValue();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredJson json && Arrays.equals(utf8, json.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8; // read, never written, by the generator: no copy of tens of kilobytes
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) {
            return -1; // the generator then writes asUnquotedUTF8() itself
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (buffer.remaining() < utf8.length) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        String text = getValue();
        if (offset + text.length() > buffer.length) {
            return -1;
        }
        text.getChars(0, text.length(), buffer, offset);
        return text.length();
    }

    // A raw value is never written as a quoted string.

    @Override
    public char[] asQuotedChars() {
        throw new UnsupportedOperationException("a JSON document is not a string value");
    }

    @Override
    public byte[] asQuotedUTF8() {
        throw new UnsupportedOperationException("a JSON document is not a string value");
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        throw new UnsupportedOperationException("a JSON document is not a string value");
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        throw new UnsupportedOperationException("a JSON document is not a string value");
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
        throw new UnsupportedOperationException("a JSON document is not a string value");
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        throw new UnsupportedOperationException("a JSON document is not a string value");
    }
}
