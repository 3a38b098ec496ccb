package dev.consultor.server;

import dev.consultor.server.tenancy.InvitationMailBehaviour;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** PostgreSQL with row-level security and SMTP configured, pointing at a fake mail server. */
@EnabledIfEnvironmentVariable(
        named = TestPostgres.ENV,
        matches = ".+",
        disabledReason = "CONSULTOR_TEST_DATABASE_URL is not set: the PostgreSQL suite is skipped")
class PostgresMailTest extends PostgresStack implements InvitationMailBehaviour {
    static final FakeSmtpServer SMTP = FakeSmtpServer.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestProperties.mail(registry, SMTP);
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.close();
    }

    @Override
    public FakeSmtpServer smtp() {
        return SMTP;
    }
}
