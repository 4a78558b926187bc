package org.clinic.courses.meddra;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.Flash;
import org.clinic.courses.web.FormErrors;
import org.clinic.courses.web.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/**
 * The coding page of one adverse event (PHYSICIAN): the nurse's verbatim term, its coding so far,
 * suggested current lowest-level terms; the physician confirms one or searches for another.
 */
@Path("/adverse-events/{id}/coding")
@RolesAllowed(Role.PHYSICIAN_NAME)
@Produces(MediaType.TEXT_HTML)
public class CodingResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(CodingView view, FormErrors errors);
    }

    /** What the page shows; {@code release} is null when no MedDRA release is imported. */
    public record CodingView(long eventId, long courseId, String verbatim, String release, String search,
                             List<Coding> history, List<TermMatch.Ranked> suggestions) {
        /** The radio buttons: the current coding first when no suggestion is it, and it is the one pre-selected. */
        public List<Choice> choices() {
            return Choice.of(currentCoding(), suggestions);
        }

        public Coding currentCoding() {
            return history.isEmpty() ? null : history.get(history.size() - 1);
        }

        public List<Coding> earlier() {
            return history.isEmpty() ? List.of() : history.subList(0, history.size() - 1);
        }
    }

    /** One term the physician may confirm; {@code match} is the suggestion kind, null for the current coding alone. */
    public record Choice(String code, String name, String ptCode, String ptName, String match, boolean current,
                         boolean checked) {
        static List<Choice> of(Coding current, List<TermMatch.Ranked> suggestions) {
            List<Choice> out = new java.util.ArrayList<>();
            String currentCode = current == null ? null : current.lltCode();
            boolean suggested = suggestions.stream().anyMatch(s -> s.term().code().equals(currentCode));
            if (current != null && !suggested) {
                out.add(new Choice(current.lltCode(), current.lltName(), current.ptCode(), current.ptName(), null, true, true));
            }
            for (TermMatch.Ranked s : suggestions) {
                boolean isCurrent = s.term().code().equals(currentCode);
                boolean checked = current == null ? out.isEmpty() : isCurrent;
                out.add(new Choice(s.term().code(), s.term().name(), s.term().ptCode(), s.term().ptName(), s.kind().name(),
                        isCurrent, checked));
            }
            return out;
        }
    }

    @Inject
    EventCoding coding;
    @Inject
    MeddraDictionary dictionary;
    @Inject
    MeddraMessages messages;
    @Inject
    AuditLog audit;

    @GET
    public TemplateInstance page(@PathParam("id") long id, @QueryParam("q") String q) {
        return Templates.page(view(id, q), FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response code(@PathParam("id") long id, @RestForm String lltCode, @RestForm String reason) {
        try {
            Coding done = coding.code(id, lltCode, reason, audit.currentUser());
            return Flash.redirect("/adverse-events/" + id + "/coding",
                    messages.codedFlash(done.version(), done.lltCode(), done.lltName()));
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.page(view(id, null), new FormErrors(e.errors()))).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(Templates.page(view(id, null),
                    new FormErrors(List.of(new FieldError("lltCode", e.getMessage()))))).build();
        }
    }

    private CodingView view(long id, String q) {
        AdverseEvent event = AdverseEvent.find("from AdverseEvent e join fetch e.course where e.id = ?1", id).firstResult();
        if (event == null) throw new NotFoundException();
        String search = q == null || q.isBlank() ? null : q.length() > 200 ? q.substring(0, 200) : q.strip();
        var release = dictionary.current();
        List<TermMatch.Ranked> suggestions = release.map(r -> dictionary.suggest(r, search == null ? event.term : search,
                CodingApi.SUGGESTIONS)).orElse(List.of());
        return new CodingView(id, event.course.id, event.term, release.map(MeddraDictionary.Release::version).orElse(null),
                search == null ? "" : search, coding.history(List.of(id)).getOrDefault(id, List.of()), suggestions);
    }
}
