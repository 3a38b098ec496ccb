package dev.consultor.server.consulting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param offlineLatency how long each call of the offline model pretends to think (demos, tests)
 * @param workers how many executions one node runs at once. Each runs on a virtual thread and
 *     holds no database connection while it waits for the model, so this can be far above the
 *     connection pool's size: the bound is the memory of the executions in flight.
 * @param heartbeat how often a running job tells the others it is alive; four missed ones and
 *     another node takes it over
 * @param pollInterval how often idle nodes look for queued jobs, and SSE streams for new events
 * @param cancelCheck how often a node looks, in one query for all its running executions, whether
 *     one was cancelled or deleted through another node
 * @param carriers the platform threads that carry executions, apart from those serving requests
 *     (cores - 1 by default, at least 1); 0 runs them on the requests' own (see {@link RunThreads})
 */
@Validated
@ConfigurationProperties("consultor.consulting")
record ConsultingProperties(
        Duration offlineLatency,
        @Min(1) @Max(10_000) Integer workers,
        Duration heartbeat,
        Duration pollInterval,
        Duration cancelCheck,
        @Min(0) @Max(1024) Integer carriers) {
    ConsultingProperties {
        offlineLatency = offlineLatency == null ? Duration.ZERO : offlineLatency;
        workers = workers == null ? 1000 : workers;
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        cancelCheck = cancelCheck == null ? Duration.ofMillis(250) : cancelCheck;
        carriers = carriers == null ? RunThreads.defaultCarriers() : carriers;
    }
}
