/**
 * Data protection: every module that keeps data about an employee implements
 * {@link org.firstshift.platform.privacy.PersonalData}, so one request exports all of it (right of
 * access) and one request erases what identifies the person while the anonymous rows that make up
 * reports and averages stay (right to erasure). A retention setting erases people who left long
 * enough ago, nightly.
 */
package org.firstshift.platform.privacy;
