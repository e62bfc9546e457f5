package org.firstshift.integration.api;

import java.util.List;

/** A token to create: a name to recognise it by, its scopes, and how many days it lives. */
public record TokenInput(String name, List<String> scopes, Integer expiresInDays) {
}
