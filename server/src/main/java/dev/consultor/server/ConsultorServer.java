package dev.consultor.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class ConsultorServer {
    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(ConsultorServer.class, args);
    }

    public static void main(String[] args) {
        start(args);
    }
}
