/**
 * English and Russian from day one: localized names for data ({@link org.firstshift.platform.i18n.LocalizedText}),
 * resource bundles per module ({@code i18n/<module>_en|ru.properties}), the session's language and
 * locale-aware formatting of dates and numbers.
 */
package org.firstshift.platform.i18n;
