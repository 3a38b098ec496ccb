package dev.consultor.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabasePropertiesTest {
    @Test
    void withoutAUrlTheDatabaseIsASqliteFileInTheDataDirectory() {
        DatabaseProperties properties = new DatabaseProperties(null, Path.of("/srv/consultor"), 0, null, null);
        assertThat(properties.postgres()).isFalse();
        assertThat(properties.jdbcUrl())
                .startsWith("jdbc:sqlite:/srv/consultor/consultor.db?")
                .contains("foreign_keys=true");
    }

    @Test
    void acceptsTheLibpqUrlThatHostingPlatformsHandOut() {
        DatabaseProperties properties = new DatabaseProperties(
                "postgresql://app:p%40ss@db.internal:6543/consultor?sslmode=require", null, 0, null, null);
        assertThat(properties.postgres()).isTrue();
        assertThat(properties.jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.internal:6543/consultor?sslmode=require&user=app&password=p%40ss");
    }

    @Test
    void anApplicationLoginReplacesTheOwnersCredentialsOnlyForTheApplication() {
        DatabaseProperties properties = new DatabaseProperties(
                "jdbc:postgresql://h/db?user=owner&password=secret&sslmode=require", null, 0, "app", "pw");
        assertThat(properties.applicationJdbcUrl()).isEqualTo("jdbc:postgresql://h/db?sslmode=require");
        assertThat(properties.jdbcUrl()).contains("user=owner");
    }

    @Test
    void keepsAJdbcUrlAsGiven() {
        String url = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        assertThat(new DatabaseProperties(url, null, 0, null, null).jdbcUrl()).isEqualTo(url);
    }
}
