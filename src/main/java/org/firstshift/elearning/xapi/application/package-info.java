/**
 * The LRS services: storing and querying statements, LRS keys and launch credentials, documents.
 * Other modules call {@link org.firstshift.elearning.xapi.application.LearningRecordStore} and
 * {@link org.firstshift.elearning.xapi.application.LaunchCredentials}.
 */
package org.firstshift.elearning.xapi.application;
