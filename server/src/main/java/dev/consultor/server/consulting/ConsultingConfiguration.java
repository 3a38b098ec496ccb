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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The engine and the job scheduler, wired by hand: the engine carries no annotations. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsultingProperties.class)
class ConsultingConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ConsultingConfiguration.class);

    @Bean
    Roster roster() {
        return Roster.defaults();
    }

    @Bean
    LanguageModel languageModel(ConsultingProperties properties) {
        LlmConfig config = LlmConfig.fromEnvironment();
        return LanguageModels.create(config, () -> new PlaybookModel(properties.offlineLatency()));
    }

    /** The offline model's knowledge base is read once the server is ready, not on the way there. */
    @EventListener(ApplicationReadyEvent.class)
    void preloadOfflineModel() {
        Thread.ofVirtual().name("playbook-preload").start(PlaybookModel::preload);
    }

    @Bean
    ConsultationEngine consultationEngine(
            Roster roster, LanguageModel model, ExecutionMetrics metrics, ConsultingProperties properties) {
        LlmConfig config = LlmConfig.fromEnvironment();
        PriceTable prices = LanguageModels.prices(config);
        for (String unpriced : LanguageModels.unpriced(config, prices)) {
            log.warn(
                    "No price known for {}: its calls are costed at USD 0. Add \"{} = input, output, cache write,"
                            + " cache read\" (USD per million tokens) to the file CONSULTOR_PRICES names.",
                    unpriced,
                    unpriced);
        }
        // Advisors, deliberation and model calls on the executions' carriers, like the runs that start them.
        EngineSettings settings = EngineSettings.defaults()
                .withPrices(prices)
                .withThreads(RunThreads.builder(properties.carriers()).factory());
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
        if (database.postgres()) {
            // One statement claims as many due jobs as there are free workers (FOR UPDATE SKIP LOCKED),
            // instead of fetching candidates and claiming them one update at a time.
            builder.pollUsingLockAndFetch(0.5, 1.0);
        } else {
            builder.jdbcCustomization(new SqliteJdbcCustomization());
        }
        // Executions wait on the model most of the time: each gets a virtual thread, and the fixed
        // pool of them bounds how many run at once on this node. Their carriers are not the requests'.
        ExecutorService workers = Executors.newFixedThreadPool(
                properties.workers(),
                RunThreads.builder(properties.carriers()).name("execution-", 0).factory());
        Scheduler scheduler = builder.threads(properties.workers())
                .executorService(workers)
                .pollingInterval(properties.pollInterval())
                .heartbeatInterval(properties.heartbeat())
                .missedHeartbeatsLimit(4)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
        return new JobScheduler(scheduler, executionTask, runner);
    }
}
