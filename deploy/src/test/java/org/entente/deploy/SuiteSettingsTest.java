package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the launcher reads its settings, and the clear messages it gives instead of stack traces. */
class SuiteSettingsTest {

    @TempDir
    Path dataDir;

    @Test
    void defaultsAreTheDocumentedPortsAndTheRepositorysDataDirectory() {
        SuiteSettings settings = SuiteSettings.from(new String[0], Map.of());

        assertEquals(SuiteSettings.Ports.defaults(), settings.ports());
        assertEquals(settings.repository().resolve("data"), settings.dataDir());
        assertEquals("127.0.0.1", settings.bindHost());
        assertEquals(Optional.empty(), settings.externalPostgres());
    }

    @Test
    void flagsAndEnvironmentOverrideTheDefaults() {
        SuiteSettings settings = SuiteSettings.from(new String[] {"--data-dir", dataDir.toString(), "--infra-only"},
                Map.of("ENTENTE_GATEWAY_PORT", "18080", "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                        "MONGODB_URI", "mongodb://mongo:27017"));

        assertEquals(dataDir, settings.dataDir());
        assertTrue(settings.infraOnly());
        assertEquals(18080, settings.ports().gateway());
        assertEquals(Optional.of("kafka:9092"), settings.externalKafka());
        assertEquals(Optional.of("mongodb://mongo:27017"), settings.externalMongo());
    }

    @Test
    void importNamesADirectoryOfDataSetFiles() {
        assertEquals(Optional.empty(), SuiteSettings.from(new String[0], Map.of()).importDirectory());
        assertEquals(Optional.of(dataDir), SuiteSettings.from(new String[] {"--import", dataDir.toString()}, Map.of())
                .importDirectory());
        SuiteException e = assertThrows(SuiteException.class, () -> SuiteSettings.from(new String[] {"--import"}, Map.of()));
        assertTrue(e.getMessage().contains("directory"), e.getMessage());
    }

    @Test
    void aPortThatIsNotANumberIsNamed() {
        SuiteException e = assertThrows(SuiteException.class,
                () -> SuiteSettings.from(new String[0], Map.of("ENTENTE_PG_PORT", "fivefourthreetwo")));
        assertTrue(e.getMessage().contains("ENTENTE_PG_PORT"), e.getMessage());
    }

    @Test
    void anUnknownOptionListsTheKnownOnes() {
        SuiteException e = assertThrows(SuiteException.class, () -> SuiteSettings.from(new String[] {"--fast"}, Map.of()));
        assertTrue(e.getMessage().contains("--data-dir"), e.getMessage());
    }

    @Test
    void instancesPerServiceComeFromTheFlagOrTheEnvironmentWithinLimits() {
        assertEquals(1, SuiteSettings.from(new String[0], Map.of()).instances());
        assertEquals(2, SuiteSettings.from(new String[0], Map.of("ENTENTE_INSTANCES", "2")).instances());
        assertEquals(3, SuiteSettings.from(new String[] {"--instances", "3"}, Map.of("ENTENTE_INSTANCES", "2")).instances());
        for (String bad : List.of("0", "5", "two")) {
            SuiteException e = assertThrows(SuiteException.class,
                    () -> SuiteSettings.from(new String[] {"--instances", bad}, Map.of()));
            assertTrue(e.getMessage().contains("from 1 to 4"), e.getMessage());
        }
    }

    @Test
    void aTakenPortIsReportedWithWhatNeedsItAndTheSettingThatMovesIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SuiteSettings.Ports ports = new SuiteSettings.Ports(taken.getLocalPort(), 0, 0, 0, 0, 0, 0);
            SuiteSettings settings = new SuiteSettings(LauncherProcess.REPOSITORY, dataDir, false, "127.0.0.1", ports,
                    Optional.empty(), "postgres", "postgres", Optional.empty(), Optional.empty(),
                    SuiteSettings.DEFAULT_JAVA_OPTIONS, 1, Optional.empty());

            SuiteException e = assertThrows(SuiteException.class, () -> LocalSuite.start(settings));

            assertTrue(e.getMessage().contains("Port " + taken.getLocalPort() + " (the gateway) is already in use"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("ENTENTE_GATEWAY_PORT"), e.getMessage());
            assertTrue(Files.notExists(dataDir.resolve("postgres")), "nothing was started");
        }
    }

    @Test
    void aSecondLauncherOnTheSameDataRefusesToStartAndTouchesNothing() {
        try (LauncherLock first = LauncherLock.acquire(dataDir)) {
            SuiteSettings settings = new SuiteSettings(LauncherProcess.REPOSITORY, dataDir, false, "127.0.0.1",
                    SuiteSettings.Ports.anyFree(), Optional.empty(), "postgres", "postgres", Optional.empty(),
                    Optional.empty(), SuiteSettings.DEFAULT_JAVA_OPTIONS, 1, Optional.empty());

            SuiteException e = assertThrows(SuiteException.class, () -> LocalSuite.start(settings));

            assertTrue(e.getMessage().contains("Another Entente launcher"), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
        }
    }

    @Test
    void aServiceThatIsNotBuiltIsNamedWithHowToBuildIt() {
        SuiteException e = assertThrows(SuiteException.class, () -> ServiceProcess.start("alliance-service",
                dataDir.resolve("missing/quarkus-run.jar"), "127.0.0.1", 1, Map.of(), SuiteSettings.DEFAULT_JAVA_OPTIONS,
                dataDir));
        assertTrue(e.getMessage().startsWith("alliance-service is not built"), e.getMessage());
        assertTrue(e.getMessage().contains("./mvnw -DskipTests install"), e.getMessage());
    }

    @Test
    void aBlankJavaOptionsSettingMeansTheDefault() {
        assertEquals(SuiteSettings.DEFAULT_JAVA_OPTIONS,
                SuiteSettings.from(new String[0], Map.of("ENTENTE_JAVA_OPTS", " ")).serviceJavaOptions());
    }

    @Test
    void aPasswordTravelsAsAnEnvironmentVariableName() {
        assertEquals("QUARKUS_DATASOURCE_PASSWORD", ServiceProcess.environmentName("quarkus.datasource.password"));
    }

    @Test
    void anExternalPostgresUrlThatIsNotJdbcIsExplained() {
        SuiteException e = assertThrows(SuiteException.class,
                () -> new PostgresDatabases("postgres://db:5432", "u", "p"));
        assertTrue(e.getMessage().contains("jdbc:postgresql://"), e.getMessage());
    }
}
