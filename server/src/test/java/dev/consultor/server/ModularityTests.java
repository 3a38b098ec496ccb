package dev.consultor.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {
    @Test
    void featuresDependOnlyOnTheModulesTheyDeclare() {
        ApplicationModules.of(ConsultorServer.class).verify();
    }
}
