package org.entente.exercises.schedule;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.entente.exercises.exercise.Exercise;
import org.entente.exercises.exercise.ExerciseService;
import org.entente.exercises.exercise.ExerciseStatus;
import org.entente.exercises.exercise.ExerciseStore;
import org.entente.exercises.exercise.Exercises;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Start and completion by the calendar, driven by setting the service's clock and running the job. */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ExerciseScheduleTest {

    @Inject
    MutableClock clock;

    @Inject
    ExerciseSchedule schedule;

    @Inject
    ExerciseService exercises;

    @Inject
    ExerciseStore store;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void anExerciseStartsOnItsFirstDayAndCompletesTheDayAfterItsLast() {
        String id = Exercises.create(Exercises.body("Calendar " + Exercises.marker(), "2031-03-10", "2031-03-20")).path("id");

        clock.setToday(LocalDate.of(2031, 3, 9));
        schedule.run();
        Exercises.get(id).then().body("status", equalTo("PLANNED"));
        clock.setToday(LocalDate.of(2031, 3, 10));
        schedule.run();
        schedule.run();
        Exercises.get(id).then().body("status", equalTo("IN_PROGRESS"));
        clock.setToday(LocalDate.of(2031, 3, 20));
        schedule.run();
        Exercises.get(id).then().body("status", equalTo("IN_PROGRESS"));
        clock.setToday(LocalDate.of(2031, 3, 21));
        schedule.run();
        schedule.run();
        Exercises.get(id).then().body("status", equalTo("COMPLETED"));
        assertEquals(List.of("planned", "started", "completed"), Exercises.eventTypes(id, 3));
    }

    @Test
    void aMonthOnlyDateCountsOnceTheWholeMonthHasComeAndAPastExerciseIsStartedAndCompletedInOneRun() {
        String month = Exercises.create(Exercises.body("Month " + Exercises.marker(), "2031-05", "2031-06")).path("id");
        clock.setToday(LocalDate.of(2031, 5, 30));
        schedule.run();
        Exercises.get(month).then().body("status", equalTo("PLANNED"));
        clock.setToday(LocalDate.of(2031, 5, 31));
        schedule.run();
        Exercises.get(month).then().body("status", equalTo("IN_PROGRESS"));

        clock.reset();
        var past = Exercises.create(Exercises.body("Past " + Exercises.marker(), "2020-01-01", "2020-01-10"));
        assertEquals("COMPLETED", past.path("status"), "recorded after the fact: the calendar acts at once");
        schedule.run();
        Exercises.get(past.path("id")).then().body("status", equalTo("COMPLETED")).header("ETag", past.header("ETag"));
        assertEquals(List.of("planned", "started", "completed"), Exercises.eventTypes(past.path("id"), 3));
    }

    @Test
    void cancelledExercisesStayCancelledAndTwoInstancesTakeEachStepOnce() throws Exception {
        var cancelled = Exercises.create(Exercises.body("Cancelled " + Exercises.marker(), "2032-01-01", "2032-01-05"));
        Exercises.operate(cancelled.path("id"), "cancel", cancelled.header("ETag"), "{\"reason\": \"Weather\"}").then().statusCode(200);
        String raced = Exercises.create(Exercises.body("Raced " + Exercises.marker(), "2032-01-01", "2032-01-05")).path("id");

        clock.setToday(LocalDate.of(2032, 2, 1));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> instance = () -> {
                start.await();
                return schedule.run();
            };
            for (var result : pool.invokeAll(List.of(instance, instance))) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Exercises.get(cancelled.path("id")).then().body("status", equalTo("CANCELLED"));
        Exercises.get(raced).then().body("status", equalTo("COMPLETED"));
        assertEquals(List.of("planned", "started", "completed"), Exercises.eventTypes(raced, 3));
    }

    @Test
    void aCatchUpThatMeetsAnotherWritersStepGoesOnFromWhatThatWriterWrote() {
        String id = Exercises.create(Exercises.body("Raced " + Exercises.marker(), "2031-07-01", "2031-07-10")).path("id");
        Exercise stale = store.find(id).orElseThrow();
        clock.setToday(LocalDate.of(2031, 7, 5));
        schedule.run(); // the schedule starts it first: the copy read before is now stale

        clock.setToday(LocalDate.of(2031, 7, 11));
        Exercise caughtUp = exercises.catchUp(stale, LocalDate.of(2031, 7, 11)); // e.g. the start-up load racing the schedule

        assertEquals(ExerciseStatus.COMPLETED, caughtUp.status);
        Exercises.get(id).then().body("status", equalTo("COMPLETED"));
        assertEquals(List.of("planned", "started", "completed"), Exercises.eventTypes(id, 3), "each step published once");
    }
}
