package org.entente.deploy.bench;

/**
 * agreement-service: GET the US-Japan treaty by id, a list of 50 agreements filtered by party and
 * title, and PATCHes of the treaty's summary. Run with {@code deploy/bench/agreement-service.sh}.
 */
public final class AgreementServiceBenchmark implements ServiceBenchmark.Scenario {

    public static void main(String[] args) throws Exception {
        ServiceBenchmark.run(new AgreementServiceBenchmark());
    }

    @Override
    public String service() {
        return "agreement-service";
    }

    @Override
    public String topic() {
        return "agreements.events";
    }

    @Override
    public ServiceBenchmark.Targets prepare(String service, String token) throws Exception {
        String tag = "bench" + System.nanoTime();
        String[] partners = {"JPN", "KOR", "PHL", "AUS", "GBR", "FRA"};
        for (int i = 0; i < 60; i++) {
            ServiceBenchmark.post(service + "/api/v1/agreements", token, """
                    {"parties": ["USA", "%s"], "title": "%s %03d", "type": "DEFENSE_COOPERATION_AGREEMENT",
                     "scopeAreas": ["JOINT_EXERCISES", "LOGISTICS_SUPPORT"], "signed": "2010-01-01",
                     "enteredIntoForce": "2010-06-01"}""".formatted(partners[i % partners.length], tag, i));
        }
        String treaty = service + "/api/v1/agreements/" + ServiceBenchmark.idOf(
                service + "/api/v1/agreements?pair=USA,JPN&type=MUTUAL_DEFENSE_TREATY", token);
        return new ServiceBenchmark.Targets(treaty, service + "/api/v1/agreements?party=USA&inForceOn=2020-01-01&limit=50&q=" + tag,
                treaty, "{\"summary\": \"change %d\"}");
    }
}
