/**
 * SCORM 2004 4th edition sequencing and navigation, pure Java: the activity tree with its
 * sequencing definition read from the manifest's {@code imsss} elements ({@link
 * org.firstshift.elearning.packages.domain.sequencing.SequencingReader}), and the engine that
 * answers navigation requests, evaluates sequencing and rollup rules and arranges children
 * ({@link org.firstshift.elearning.packages.domain.sequencing.SequencingEngine}). It holds no
 * storage: the application rebuilds it per request from the manifest and the learner's attempts.
 */
package org.firstshift.elearning.packages.domain.sequencing;
