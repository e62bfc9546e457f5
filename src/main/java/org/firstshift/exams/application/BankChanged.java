package org.firstshift.exams.application;

/** The bank or an exam changed in this transaction; compiled exams are rebuilt after it commits. */
public record BankChanged(String what) {
}
