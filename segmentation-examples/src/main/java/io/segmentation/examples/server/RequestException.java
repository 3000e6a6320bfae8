package io.segmentation.examples.server;

/**
 * A request the server answers with a 4xx status and a JSON message; thrown by the request readers and
 * caught by the server. Carries the field or path element the message names, when there is one.
 */
final class RequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;
    private final String allow;

    RequestException(int status, String message) {
        this(status, message, null);
    }

    RequestException(int status, String message, String field) {
        this(status, message, field, null);
    }

    private RequestException(int status, String message, String field, String allow) {
        super(message, null, false, false); // an answer to the client, not a failure: no stack trace
        this.status = status;
        this.field = field;
        this.allow = allow;
    }

    /** A 405: the path exists, the method does not; {@code allow} lists the methods it takes. */
    static RequestException methodNotAllowed(String method, String allow) {
        return new RequestException(405, "method " + method + " is not allowed here; use " + allow, null, allow);
    }

    /** The HTTP status, 400 to 499. */
    int status() {
        return status;
    }

    /** The customer field the message is about, or null. */
    String field() {
        return field;
    }

    /** The value of the Allow header of a 405, or null. */
    String allow() {
        return allow;
    }
}
