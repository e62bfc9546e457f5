/** Learner pages (home with the next step and progress, lesson with knowledge check, refresher) and the author's course list and course editor. */
package org.firstshift.learning.web;
