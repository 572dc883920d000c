package org.entente.deploy.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.deploy.LocalSuite;

/**
 * CPU time the processes of a suite have used so far. On a shared machine a throughput figure moves with
 * whatever else runs; the CPU a process spends per request moves much less, so the benchmarks print both.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /**
     * CPU seconds so far of each service (by module name), of PostgreSQL (its server processes) and of this
     * process, which runs Kafka and the MongoDB-protocol store of the local suite.
     */
    static Map<String, Double> seconds(LocalSuite suite) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (long pid : suite.servicePids()) {
            ProcessHandle.of(pid).ifPresent(p -> cpu.put(p.info().arguments().map(a -> a[a.length - 1]).map(jar ->
                    Path.of(jar).getParent().getParent().getParent().getFileName().toString()).orElse("pid " + pid), seconds(p)));
        }
        suite.postgresPid().flatMap(ProcessHandle::of).ifPresent(pg -> cpu.put("postgres", withDescendants(pg)));
        cpu.put("launcher (Kafka, MongoDB store)", seconds(ProcessHandle.current()));
        return cpu;
    }

    /** CPU seconds of a process and all its children (PostgreSQL's backends, nginx's workers). */
    static double withDescendants(ProcessHandle process) {
        return seconds(process) + process.descendants().mapToDouble(ProcessCpu::seconds).sum();
    }

    private static double seconds(ProcessHandle process) {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }
}
