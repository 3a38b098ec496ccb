package dev.consultor.server.shared;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our own mail wiring instead of Boot's: its sender would only exist with {@code spring.mail.host}
 * set, and would then bring a health indicator that connects to the mail server on every check.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {
    @Bean
    Mailer mailer(MailProperties properties) {
        return new Mailer(properties);
    }
}
