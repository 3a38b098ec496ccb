package dev.consultor.server.consulting;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.PriceTable;
import dev.consultor.engine.playbook.PlaybookModel;
import dev.consultor.llm.LanguageModels;
import dev.consultor.llm.LlmConfig;
import dev.consultor.server.shared.DatabaseProperties;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine and the job scheduler, wired by hand: the engine carries no annotations. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsultingProperties.class)
class ConsultingConfiguration {
    @Bean
    Roster roster() {
        return Roster.defaults();
    }

    @Bean
    LanguageModel languageModel(ConsultingProperties properties) {
        LlmConfig config = LlmConfig.fromEnvironment();
        return LanguageModels.create(config, () -> new PlaybookModel(properties.offlineLatency()));
    }

    @Bean
    ConsultationEngine consultationEngine(Roster roster, LanguageModel model, ExecutionMetrics metrics) {
        PriceTable prices = LanguageModels.prices(LlmConfig.fromEnvironment());
        EngineSettings settings = EngineSettings.defaults().withPrices(prices);
        // Every call the engine makes is metered at the port: tokens and cost by the model that answered.
        return new ConsultationEngine(roster, metrics.metered(model, prices), settings);
    }

    @Bean
    OneTimeTask<String> executionTask(ExecutionRunner runner) {
        return ExecutionRunner.task(runner);
    }

    @Bean
    JobScheduler jobScheduler(
            DataSource dataSource,
            DatabaseProperties database,
            OneTimeTask<String> executionTask,
            ExecutionRunner runner,
            ConsultingProperties properties) {
        var builder = Scheduler.create(dataSource, executionTask);
        if (!database.postgres()) {
            builder.jdbcCustomization(new SqliteJdbcCustomization());
        }
        Scheduler scheduler = builder.threads(properties.workers())
                .pollingInterval(properties.pollInterval())
                .heartbeatInterval(properties.heartbeat())
                .missedHeartbeatsLimit(4)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
        return new JobScheduler(scheduler, executionTask, runner);
    }
}
