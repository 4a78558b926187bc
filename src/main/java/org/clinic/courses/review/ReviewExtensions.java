package org.clinic.courses.review;

import io.quarkus.qute.TemplateExtension;
import org.clinic.courses.safety.Flag;

/** Names the review forms of one flag share on the queue and on the course page ({f.noteField}, {f.coursePath}). */
@TemplateExtension
public class ReviewExtensions {
    private ReviewExtensions() {
    }

    /** Input id and error key of the acknowledge note; override and resolve follow the same pattern. */
    static String noteField(Flag f) {
        return "note-" + f.id;
    }

    static String overrideField(Flag f) {
        return "override-" + f.id;
    }

    /** The override's signature password (its errors: see FlagResource.errorKey). */
    static String overridePasswordField(Flag f) {
        return "override-" + f.id + "-password";
    }

    static String resolveField(Flag f) {
        return "resolve-" + f.id;
    }

    /** Where the course page's review forms post. */
    static String coursePath(Flag f) {
        return "/courses/" + f.course.id + "/flags/" + f.id;
    }

    /** Where the review queue's forms post. */
    static String queuePath(Flag f) {
        return "/flags/" + f.id;
    }

    /** True for the flag a re-rendered page reports an error on. */
    static boolean is(Flag f, Long id) {
        return id != null && id.equals(f.id);
    }
}
