/**
 * Layer 6, output over HTTP: {@code hadath serve}'s service on the JDK's HttpServer
 * ({@link org.hadath.service.EventService}): {@code POST /extract} in any output format,
 * {@code GET /health}, and the review page at {@code GET /} (plain HTML, CSS and JavaScript
 * from the jar's {@code hadath/web/}), bounded by {@link org.hadath.service.ServiceOptions}.
 *
 * <p>Data flows one way: request text in, through {@link org.hadath.events.EventExtractor},
 * out through the writers of {@link org.hadath.output}.
 */
package org.hadath.service;
