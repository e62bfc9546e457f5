/**
 * Author pages of standards: the list of standards, one standard with its versions and published
 * rules, editing the draft rule by rule, reviewing what publishing would change (and whom it
 * touches) before publishing, and a rule's traceability page. Page text lives in the {@code st}
 * bundle ({@code i18n/standards_*.properties}).
 *
 * <p>View-scoped beans keep codes and form values; entities only in transient caches that are
 * dropped after every change, so a page never shows a stale rule. Injected services are not
 * {@code transient}: CDI proxies of application-scoped beans survive the serialisation that
 * session replication does, and a transient field would come back null.
 */
package org.firstshift.standards.web;
