package org.clinic.courses.dose;

import io.quarkus.qute.TemplateExtension;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Injection sites in words ({site:words('LEFT_GLUTEAL')} is "Left buttock"), from messages/labels.properties. */
@TemplateExtension(namespace = "site")
public class SiteWords {
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("messages.labels", Locale.getDefault());

    public static String words(String site) {
        if (site == null || site.isBlank()) {
            return "";
        }
        try {
            return WORDS.getString("Site." + site);
        } catch (MissingResourceException e) {
            String words = site.replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
