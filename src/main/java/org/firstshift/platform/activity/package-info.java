/**
 * The activity SPI: each activity type registers a stable key, an order, its features and its
 * learner view; programs hold activities by key and degrade gracefully when a type is missing.
 */
package org.firstshift.platform.activity;
