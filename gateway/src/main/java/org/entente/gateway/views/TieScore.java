package org.entente.gateway.views;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three parts of the tie score; their sum is the score, 0 to 100. */
@Schema(description = TieScore.DEFINITION)
public record TieScore(
        @Schema(description = "25 per alliance both are members of on `asOf`, at most 50") int alliances,
        @Schema(description = "15 per agreement between them in force on `asOf`, at most 30") int agreements,
        @Schema(description = "4 per joint exercise started in the five years up to `asOf`, at most 20") int exercises) {

    static final String DEFINITION = "0 to 100: 25 per alliance both are members of on `asOf` (at most 50),"
            + " 15 per agreement between them in force on `asOf` (at most 30),"
            + " and 4 per joint exercise started in the five years up to `asOf` (at most 20)."
            + " Alliances weigh most because they bind both to more than one partner; a part that is missing counts 0.";

    static TieScore of(int sharedAlliancesNow, int agreementsInForce, int recentJointExercises) {
        return new TieScore(Math.min(50, 25 * sharedAlliancesNow), Math.min(30, 15 * agreementsInForce),
                Math.min(20, 4 * recentJointExercises));
    }

    int total() {
        return alliances + agreements + exercises;
    }
}
