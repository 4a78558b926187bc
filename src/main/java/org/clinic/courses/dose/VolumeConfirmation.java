package org.clinic.courses.dose;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clinic.courses.catalog.DrugCatalog;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.web.FieldError;

import java.util.Optional;

/**
 * "300 ml entered; the order is 30 ml": on a form, a given volume that is not the prescribed one, or over the
 * route's limit ({@link VolumeSlip}), is asked about before saving, as an error on {@link #FIELD}, until the
 * nurse confirms that very number. The API is not asked: it records what happened, and the rules flag it.
 */
@ApplicationScoped
public class VolumeConfirmation {
    public static final String FIELD = "confirmedVolumeMl";

    @Inject
    DrugCatalog catalog;

    /** The question to ask, unless the dose is not a given one or the nurse already confirmed this volume. */
    Optional<FieldError> unconfirmed(long courseId, AdministrationRequest request, String confirmedVolumeMl) {
        if (request.status() != AdministrationStatus.GIVEN) {
            return Optional.empty();
        }
        return slip(courseId, request).filter(s -> !s.confirmedBy(confirmedVolumeMl))
                .map(s -> new FieldError(FIELD, message(s)));
    }

    private Optional<VolumeSlip> slip(long courseId, AdministrationRequest request) {
        TreatmentCourse course = TreatmentCourse.findById(courseId);
        if (course == null || request.volumeMl() == null) {
            return Optional.empty();
        }
        DrugDefinition drug = catalog.definition(course.drugCode);
        return VolumeSlip.of(request.volumeMl(), course.dailyVolumeMl,
                request.route() == null ? Optional.empty() : drug.route(request.route()));
    }

    static String message(VolumeSlip s) {
        DoseMessages words = MessageBundles.get(DoseMessages.class);
        String entered = AdministrationResponse.plain(s.entered()).toPlainString();
        String ordered = AdministrationResponse.plain(s.ordered()).toPlainString();
        return s.overLimit() ? words.slipOverLimit(entered, ordered, AdministrationResponse.plain(s.routeMax()).toPlainString())
                : words.slipDiffers(entered, ordered);
    }
}
