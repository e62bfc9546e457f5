/** Learner pages: home with the next step and progress, lesson with knowledge check, refresher. */
package org.firstshift.learning.web;
