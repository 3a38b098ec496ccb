package dev.consultor.server;

import dev.consultor.server.tenancy.InvitationMailBehaviour;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The default stack with SMTP configured, pointing at a fake mail server on loopback. */
class SqliteMailTest extends SqliteStack implements InvitationMailBehaviour {
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
