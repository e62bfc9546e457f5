/** People use cases: search, create, change, deactivate, mentor assignments, CSV import, content files. */
package org.firstshift.people.application;
