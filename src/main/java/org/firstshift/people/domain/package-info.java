/** People entities: employees, positions, locations, pay grades and mentor assignments. */
package org.firstshift.people.domain;
