package org.clinic.courses.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON value of the wrong type ("weightKg":"heavy") answers in the contract's error shape: without
 * this, Quarkus' own, more specific mapper for this exception would answer in its own shape.
 */
public class MismatchedInputMapper {
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return new ErrorMapper().unreadableJson(e, uri);
    }
}
