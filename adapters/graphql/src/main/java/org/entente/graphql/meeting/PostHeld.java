package org.entente.graphql.meeting;

import java.util.List;
import org.entente.domain.person.NameKey;
import org.entente.domain.person.Person;
import org.entente.domain.person.Post;

/** Which post an attendee held at a meeting. */
final class PostHeld {
    private PostHeld() {
    }

    /**
     * Among the posts the person may have held on the meeting's first day, the one titled as the source
     * reported the attendee (ignoring case and diacritics) if there is one, else the first; null when none.
     */
    static Post at(Person person, AttendanceAt attendance) {
        List<Post> held = person.postsHeldOn(attendance.meeting().startDate());
        String reported = attendance.titleAsReported();
        if (reported != null) {
            String key = NameKey.fold(reported);
            for (Post post : held) {
                if (NameKey.fold(post.title()).equals(key)) {
                    return post;
                }
            }
        }
        return held.isEmpty() ? null : held.get(0);
    }
}
