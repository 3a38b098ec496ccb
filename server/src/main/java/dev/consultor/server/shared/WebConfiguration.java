package dev.consultor.server.shared;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Request plumbing that runs before security and Spring MVC. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {
    static final long JSON_BODY_LIMIT = 256 * 1024;

    @Bean
    FilterRegistrationBean<RequestIds> requestIds() {
        FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestLog> requestLog() {
        FilterRegistrationBean<RequestLog> registration = new FilterRegistrationBean<>(new RequestLog());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Multipart bodies (file uploads) are bounded by Spring's multipart limit instead; it is parsed lazily. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            Problems problems, @Value("${spring.servlet.multipart.max-request-size:1MB}") DataSize multipartLimit) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(JSON_BODY_LIMIT, multipartLimit.toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
