package org.firstshift.shadowing.application;

import org.firstshift.shadowing.domain.ShadowShift;

/** A trainee the mentor shadows today: the shift and the trainee's shadowing. */
public record MentorDay(ShadowShift shift, TraineeShadowing trainee) {
}
