package org.entente.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import org.entente.gateway.StubUpstreams;
import org.junit.jupiter.api.Test;

/** The dashboard's page and assets come from the gateway itself, under a content security policy without exceptions. */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
class DashboardPagesTest {

    private static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self'";

    @Test
    void theRootLinksTheDashboardAndTheSwaggerUi() {
        given().get("/")
                .then().statusCode(200).contentType("text/html")
                .header("Content-Security-Policy", containsString(STRICT))
                .body(containsString("href=\"/dashboard/\""))
                .body(containsString("href=\"/q/swagger-ui/\""));
    }

    @Test
    void theSwaggerUiPageLinksTheDashboard() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("href=\"/dashboard/\""));
    }

    @Test
    void theDashboardWithoutItsSlashLeadsToItsDirectory() {
        given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .get("/dashboard")
                .then().statusCode(302).header("Location", endsWith("/dashboard/"));
    }

    @Test
    void theDashboardIsServedUnderAStrictPolicyWithoutInlineScriptOrStyle() {
        given().get("/dashboard/")
                .then().statusCode(200).contentType("text/html")
                .header("Content-Security-Policy", allOf(containsString(STRICT), containsString("connect-src 'self'"),
                        not(containsString("unsafe-inline")), not(containsString("http"))))
                .body(containsString("<script type=\"module\" src=\"js/main.js\"></script>"))
                .body(not(containsString("<script>")))
                .body(not(containsString("style=")));
    }

    @Test
    void theChartLibraryAndTheCountryShapesComeFromTheGateway() {
        given().get("/webjars/echarts/5.3.1/dist/echarts.esm.min.js")
                .then().statusCode(200).body(containsString("registerMap"));
        given().get("/dashboard/world/countries-110m.json")
                .then().statusCode(200).body(containsString("\"Topology\""));
        given().get("/dashboard/js/main.js")
                .then().statusCode(200).contentType(containsString("javascript"));
    }
}
