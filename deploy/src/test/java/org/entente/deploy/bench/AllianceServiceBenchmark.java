package org.entente.deploy.bench;

/**
 * alliance-service: GET NATO by id, a list of 50 alliances filtered by name, and PATCHes of NATO's
 * description. Run with {@code deploy/bench/alliance-service.sh}.
 */
public final class AllianceServiceBenchmark implements ServiceBenchmark.Scenario {

    public static void main(String[] args) throws Exception {
        ServiceBenchmark.run(new AllianceServiceBenchmark());
    }

    @Override
    public String service() {
        return "alliance-service";
    }

    @Override
    public String topic() {
        return "alliances.events";
    }

    @Override
    public ServiceBenchmark.Targets prepare(String service, String token) throws Exception {
        String tag = "bench" + System.nanoTime();
        for (int i = 0; i < 60; i++) {
            ServiceBenchmark.post(service + "/api/v1/alliances", token, """
                    {"code": "B%d_%d", "name": "%s %03d", "kind": "COALITION", "region": "GLOBAL", "founded": "2000-01-01",
                     "focusAreas": ["HADR"], "obligations": ["CONSULTATION"]}""".formatted(i, System.nanoTime() % 100000, tag, i));
        }
        String nato = service + "/api/v1/alliances/" + ServiceBenchmark.idOf(service + "/api/v1/alliances/NATO", token);
        return new ServiceBenchmark.Targets(nato, service + "/api/v1/alliances?limit=50&q=" + tag, nato,
                "{\"description\": \"change %d\"}");
    }
}
