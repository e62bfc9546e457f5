/**
 * Notices to employees (a reminder that a certification expires, remediation assigned after an
 * audit, a tier change to approve). A module fires {@link org.firstshift.platform.notify.NoticeRequested};
 * the platform keeps it in the recipient's inbox and renders it in the recipient's language when
 * it is shown, so the sender never needs to know that language.
 */
package org.firstshift.platform.notify;
