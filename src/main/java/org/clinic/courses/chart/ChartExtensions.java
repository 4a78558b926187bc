package org.clinic.courses.chart;

import io.quarkus.qute.TemplateExtension;
import org.clinic.courses.course.CourseSheet;

/** {sheet.chart}: the course chart of a course sheet, as of the sheet's today. */
@TemplateExtension
public class ChartExtensions {
    private ChartExtensions() {
    }

    static CourseChart chart(CourseSheet sheet) {
        return CourseChart.of(sheet, sheet.record().today());
    }
}
