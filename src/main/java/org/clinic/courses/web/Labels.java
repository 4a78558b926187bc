package org.clinic.courses.web;

import io.quarkus.qute.TemplateExtension;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words for coded values on pages ({route.label}: "IV infusion", not IV_INFUSION). The words live in
 * messages/labels.properties, so a clinic can translate them with a labels_xx.properties file.
 */
@TemplateExtension
public class Labels {
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("messages.labels", Locale.getDefault());

    static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        try {
            return WORDS.getString(key);
        } catch (MissingResourceException e) {
            String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
