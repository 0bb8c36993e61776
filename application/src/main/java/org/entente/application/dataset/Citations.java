package org.entente.application.dataset;

import java.util.ArrayList;
import java.util.List;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.organization.Organization;
import org.entente.domain.person.Person;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.source.Evidence;
import org.entente.domain.visit.Visit;

/** Every piece of evidence an aggregate holds, with the field it stands in, so that each can be checked against its source. */
public final class Citations {
    private Citations() {
    }

    /** One piece of evidence and where it stands, such as {@code attendances[2].evidence[0]}. */
    public record Citation(String field, Evidence evidence) {
    }

    public static List<Citation> of(Object aggregate) {
        List<Citation> out = new ArrayList<>();
        if (aggregate instanceof Organization o) {
            add(out, "evidence", o.evidence());
        } else if (aggregate instanceof Person p) {
            add(out, "evidence", p.evidence());
            for (int i = 0; i < p.posts().size(); i++) {
                add(out, "posts[" + i + "].evidence", p.posts().get(i).evidence());
            }
        } else if (aggregate instanceof BilateralRelation r) {
            for (int i = 0; i < r.levels().size(); i++) {
                add(out, "levels[" + i + "].evidence", r.levels().get(i).evidence());
            }
        } else if (aggregate instanceof DialogueMechanism m) {
            add(out, "evidence", m.evidence());
        } else if (aggregate instanceof Visit v) {
            add(out, "evidence", v.evidence());
        } else if (aggregate instanceof Meeting m) {
            add(out, "evidence", m.evidence());
            for (int i = 0; i < m.attendances().size(); i++) {
                add(out, "attendances[" + i + "].evidence", m.attendances().get(i).evidence());
            }
            for (int i = 0; i < m.commitments().size(); i++) {
                add(out, "commitments[" + i + "].evidence", m.commitments().get(i).evidence());
            }
        } else if (aggregate instanceof Instrument in) {
            add(out, "evidence", in.evidence());
            for (int i = 0; i < in.statusHistory().size(); i++) {
                add(out, "statusHistory[" + i + "].evidence", in.statusHistory().get(i).evidence());
            }
        } else if (aggregate instanceof Invitation inv) {
            add(out, "evidence", inv.evidence());
        } else if (aggregate instanceof Event e) {
            add(out, "evidence", e.evidence());
        }
        return out;
    }

    private static void add(List<Citation> out, String field, List<Evidence> evidence) {
        for (int i = 0; i < evidence.size(); i++) {
            out.add(new Citation(field + "[" + i + "]", evidence.get(i)));
        }
    }

}
