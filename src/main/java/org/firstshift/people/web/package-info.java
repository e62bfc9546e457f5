/** Pages of the people module: HR's people list, editor, CSV import, organisation; learner and mentor homes. */
package org.firstshift.people.web;
