package dev.consultor.server.shared;

/** The API speaks snake_case; Java speaks camelCase. */
public final class JsonNames {
    private JsonNames() {}

    public static String of(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
