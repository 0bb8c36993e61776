package org.entente.application.port.in;

import java.util.ArrayList;
import java.util.List;
import org.entente.application.page.Keyset;
import org.entente.domain.geo.Country;
import org.entente.domain.meeting.Commitment;
import org.entente.domain.meeting.CommitmentKind;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.source.Evidence;

/** A commitment with the meeting it was made at and its place among that meeting's commitments. */
public record CommitmentAt(Meeting meeting, Commitment commitment, int position) {
    /** The commitments of a meeting, in the order it records them. */
    public static List<CommitmentAt> of(Meeting meeting) {
        List<CommitmentAt> all = new ArrayList<>();
        for (int i = 0; i < meeting.commitments().size(); i++) {
            all.add(new CommitmentAt(meeting, meeting.commitments().get(i), i));
        }
        return all;
    }

    /**
     * A relation's commitments are in meeting order, then in the order each meeting records them: the meeting's
     * date, then its id and the position ('#' sorts before every character an id may hold).
     */
    public static Keyset keyOf(CommitmentAt c) {
        return new Keyset(c.meeting.startDate().sortKey(), c.meeting.id().value() + "#" + fiveDigits(c.position));
    }

    /** The position zero-padded to five digits, as {@code %05d} writes it, without a formatter for every key. */
    private static String fiveDigits(int position) {
        String digits = Integer.toString(position);
        return digits.length() >= 5 ? digits : "00000".substring(digits.length()) + digits;
    }

    public String key() {
        return commitment.key();
    }

    public String text() {
        return commitment.text();
    }

    public CommitmentKind kind() {
        return commitment.kind();
    }

    public List<Country> sides() {
        return commitment.sides();
    }

    public List<String> areas() {
        return commitment.areas();
    }

    public List<Evidence> evidence() {
        return commitment.evidence();
    }
}
