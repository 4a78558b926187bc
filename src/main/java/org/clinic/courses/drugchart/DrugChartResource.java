package org.clinic.courses.drugchart;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clinic.courses.catalog.DrugCatalog;
import org.clinic.courses.chart.CourseChart;
import org.clinic.courses.course.CourseQueries;
import org.clinic.courses.course.CourseRecord;
import org.clinic.courses.course.CourseSheet;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.ClinicTime;

import java.time.Clock;
import java.time.Instant;

/**
 * The paper drug chart of a course (medication administration record), laid out for A4 landscape:
 * the patient's name, MRN and birth date head every page, one line per course day with the day's
 * status and the nurse's initials, empty boxes for the days to come, and signature lines.
 */
@Path("/courses/{id}/drug-chart")
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.TEXT_HTML)
public class DrugChartResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance print(CourseSheet sheet, CourseChart chart, String printedAt);
    }

    @Inject
    CourseQueries queries;
    @Inject
    DrugCatalog catalog;
    @Inject
    Clock clock;

    @GET
    public TemplateInstance print(@PathParam("id") long id) {
        CourseRecord r = queries.load(id);
        CourseSheet sheet = CourseSheet.of(r, catalog.find(r.course().drugCode).orElse(null), clock.getZone());
        return Templates.print(sheet, CourseChart.of(sheet, r.today()), ClinicTime.format(Instant.now(clock), clock.getZone()));
    }
}
