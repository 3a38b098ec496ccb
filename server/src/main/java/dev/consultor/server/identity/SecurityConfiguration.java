package dev.consultor.server.identity;

import dev.consultor.server.shared.ProblemType;
import dev.consultor.server.shared.Problems;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/** Stateless bearer-token security; everything not listed as public needs a valid access token. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain api(HttpSecurity http, Sessions sessions, Problems problems, ManagementPort managementPort)
            throws Exception {
        http.csrf(csrf -> csrf.disable()) // no cookies: bearer tokens cannot be sent cross-site by a browser
                .cors(cors -> {})
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new BearerTokenFilter(sessions, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // The dispatch that ends an event stream: the request itself was authorized.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/auth/register",
                                "/api/v1/auth/login",
                                "/api/v1/auth/refresh",
                                "/api/v1/invitations/accept")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET, "/.well-known/jwks.json", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        // Metrics and other actuator endpoints are for the operator's network only: the
                        // separate management port, bound to an internal address, and nowhere else.
                        .requestMatchers(managementPort::matches)
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            problems.write(response, ProblemType.UNAUTHENTICATED, "A valid access token is required");
                        })
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, ProblemType.FORBIDDEN, "Not allowed")));
        return http.build();
    }

    /**
     * No observation (timer and trace span) around each of the security filters of every request: on a node at
     * full load they cost a tenth of a request's CPU. Authentications and authorizations are still observed, and
     * every request is timed as a whole by the server's own HTTP metrics.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .build();
    }

    /** Closed unless origins are configured: no browser page elsewhere may call the API. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(IdentityProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.corsAllowedOrigins().isEmpty()) {
            CorsConfiguration config = new CorsConfiguration();
            config.setAllowedOrigins(properties.corsAllowedOrigins());
            config.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
            config.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id"));
            config.setExposedHeaders(List.of("X-Request-Id", "Retry-After"));
            source.registerCorsConfiguration("/api/**", config);
        }
        return source;
    }

    @Bean
    IdentityRedis identityRedis(IdentityProperties properties) {
        return new IdentityRedis(properties.redisUrl());
    }

    @Bean
    AttemptStore attemptStore(IdentityRedis redis, Clock clock) {
        return redis.client()
                .<AttemptStore>map(RedisAttemptStore::new)
                .orElseGet(() -> new InMemoryAttemptStore(clock));
    }

    @Bean
    AccessEvictionBus accessEvictionBus(IdentityRedis redis) {
        return redis.client()
                .<AccessEvictionBus>map(RedisAccessEvictionBus::new)
                .orElse(AccessEvictionBus.NONE);
    }

    @Bean
    AccessStateCache accessStateCache(
            IdentityProperties properties, AccessEvictionBus bus, Clock clock, MeterRegistry meters) {
        AccessStateCache cache = new AccessStateCache(properties.accessStateTtl(), bus, clock);
        FunctionCounter.builder("consultor.identity.access.checks", cache, AccessStateCache::hits)
                .description("Access-token checks, by where the session state came from")
                .tag("source", "cache")
                .register(meters);
        FunctionCounter.builder("consultor.identity.access.checks", cache, AccessStateCache::loads)
                .description("Access-token checks, by where the session state came from")
                .tag("source", "database")
                .register(meters);
        return cache;
    }
}
