package dev.consultor.server;

import org.springframework.context.ApplicationContext;

/**
 * The running server a behaviour is checked against. Behaviours are interfaces of default test
 * methods, so one concrete class per database runs every one of them.
 */
public interface Stack {
    Api api();

    ApplicationContext context();

    boolean postgres();
}
