package dev.consultor.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consultor.server.shared.DatabaseProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class EmailFingerprintsTest {
    @TempDir
    Path dataDir;

    @Test
    void aGeneratedKeyIsKeptSoFingerprintsSurviveARestart() throws Exception {
        String before = new EmailFingerprints(Defaults.identity(""), database(dataDir)).of("ana@example.com");
        String after = new EmailFingerprints(Defaults.identity(""), database(dataDir)).of("ana@example.com");
        assertThat(after).isEqualTo(before).matches("[0-9a-f]{16}");
        Path key = dataDir.resolve("login-fingerprint.key");
        assertThat(Files.getPosixFilePermissions(key)).hasToString("[OWNER_READ, OWNER_WRITE]");
        assertThat(Files.readString(key)).doesNotContain("ana");
    }

    @Test
    void nodesWithTheSameConfiguredKeyAgreeAndOthersDoNot(@TempDir Path otherDataDir) {
        IdentityProperties shared =
                fromEnvironment(Map.of("CONSULTOR_IDENTITY_LOGIN_FINGERPRINT_KEY", "a shared secret of the cluster"));
        String one = new EmailFingerprints(shared, database(dataDir)).of("ana@example.com");
        String two = new EmailFingerprints(shared, database(otherDataDir)).of("ana@example.com");
        String generated = new EmailFingerprints(Defaults.identity(""), database(otherDataDir)).of("ana@example.com");
        assertThat(two).isEqualTo(one);
        assertThat(generated).isNotEqualTo(one);
        assertThat(new EmailFingerprints(shared, database(dataDir)).of("bea@example.com"))
                .isNotEqualTo(one);
    }

    @Test
    void aShortConfiguredKeyIsRejected() {
        assertThatThrownBy(() -> fromEnvironment(Map.of("CONSULTOR_IDENTITY_LOGIN_FINGERPRINT_KEY", "short")))
                .hasRootCauseMessage("consultor.identity.login.fingerprint-key must be at least 16 characters");
    }

    private static IdentityProperties fromEnvironment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("consultor.identity", IdentityProperties.class);
    }

    private static DatabaseProperties database(Path dataDir) {
        return new DatabaseProperties(null, dataDir, 0, null, null);
    }
}
