package org.entente.domain.meeting;

import java.util.List;
import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.source.Evidence;

/**
 * What one or both sides agreed, pledged, supported or proposed at a meeting, in the source's words or close to
 * them: "Japan supports Vietnam hosting the APEC Year 2027". {@code key} identifies it within its meeting.
 */
public record Commitment(String key, String text, CommitmentKind kind, List<Country> sides, List<String> areas,
                         List<Evidence> evidence) {
    public Commitment {
        key = Require.text(key, "commitment key");
        text = Require.text(text, "commitment text");
        Require.present(kind, "commitment kind");
        sides = Require.list(sides, "commitment sides");
        Require.that(!sides.isEmpty(), "COMMITMENT_WITHOUT_SIDE", "commitment " + key + " needs the side or sides that made it");
        areas = Require.list(areas, "commitment areas");
        evidence = Require.list(evidence, "commitment evidence");
    }
}
