package org.firstshift.elearning.cmi5.domain;

/** The verb IRIs FirstShift writes: ADL's vocabulary for SCORM data, cmi5's for launches and moveOn. */
public final class Verbs {
    public static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";
    public static final String RESUMED = "http://adlnet.gov/expapi/verbs/resumed";
    public static final String SUSPENDED = "http://adlnet.gov/expapi/verbs/suspended";
    public static final String LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";
    public static final String INITIALIZED = "http://adlnet.gov/expapi/verbs/initialized";
    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    public static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    public static final String TERMINATED = "http://adlnet.gov/expapi/verbs/terminated";
    public static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
    public static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
    public static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";

    private Verbs() {
    }

    /** The last path segment, used as the en-US display ("passed"). */
    public static String display(String verb) {
        return verb.substring(verb.lastIndexOf('/') + 1);
    }
}
