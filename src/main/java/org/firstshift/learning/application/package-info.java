/** Learning use cases: courses, programs, enrolment by audience, progress, the learner's overview, refreshers, content files. */
package org.firstshift.learning.application;
