package org.clinic.courses.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** A flash message is shown once: any page rendered while it is set expires it. */
public class FlashCleaner {
    @ServerResponseFilter
    public void expireShownFlash(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 200 && request.getCookies().containsKey(Flash.COOKIE)
                && !response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
            NewCookie gone = new NewCookie.Builder(Flash.COOKIE).value("").path("/").maxAge(0)
                    .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, gone);
        }
    }
}
