package org.firstshift.integration.lti;

/** The claim names and values of LTI 1.3 Core, Deep Linking 2.0 and Assignment and Grade Services 2.0. */
final class LtiClaims {
    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String MESSAGE_TYPE = LTI + "message_type";
    static final String VERSION = LTI + "version";
    static final String DEPLOYMENT_ID = LTI + "deployment_id";
    static final String TARGET_LINK_URI = LTI + "target_link_uri";
    static final String RESOURCE_LINK = LTI + "resource_link";
    static final String CUSTOM = LTI + "custom";
    static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String DL_CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    static final String DL_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    static final String DL_MESSAGE = "https://purl.imsglobal.org/spec/lti-dl/claim/msg";

    static final String V1_3_0 = "1.3.0";
    static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
    static final String RESOURCE_LINK_ITEM = "ltiResourceLink";
    static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String SCORE_MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";

    /** The custom parameter naming the activity, "type:ref" (e.g. "lesson:L-GREET"). */
    static final String ACTIVITY = "activity";

    private LtiClaims() {
    }
}
