/** Learning entities: courses, lessons and knowledge checks, programs and their plans, enrolments, progress, refreshers. */
package org.firstshift.learning.domain;
