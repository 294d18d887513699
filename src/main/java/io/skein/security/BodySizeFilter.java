package io.skein.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers HTTP 413 to a {@code /graphql} request whose body is over
 * {@code skein.graphql.limits.max-body-size}, before authentication or parsing: by its Content-Length
 * when it declares one, else by counting bytes as they are read.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodySizeFilter extends OncePerRequestFilter {

	private final GraphQlLimits limits;

	BodySizeFilter(GraphQlLimits limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/graphql");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long max = this.limits.getMaxBodySize().toBytes();
		if (request.getContentLengthLong() > max) {
			tooLarge(response, max);
			return;
		}
		try {
			chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Limited(request, max), response);
		}
		catch (BodyTooLarge ex) {
			if (!response.isCommitted()) {
				response.reset();
				tooLarge(response, max);
			}
		}
		catch (ServletException | RuntimeException ex) {
			if (causedByTooLarge(ex) && !response.isCommitted()) {
				response.reset();
				tooLarge(response, max);
				return;
			}
			throw ex;
		}
	}

	private static boolean causedByTooLarge(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof BodyTooLarge) {
				return true;
			}
		}
		return false;
	}

	private static void tooLarge(HttpServletResponse response, long max) throws IOException {
		response.setStatus(413);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream()
			.write(("{\"errors\":[{\"message\":\"Request body is over the limit of " + max
					+ " bytes (skein.graphql.limits.max-body-size)\",\"extensions\":{\"classification\":\"PAYLOAD_TOO_LARGE\"}}]}")
				.getBytes(StandardCharsets.UTF_8));
	}

	static final class BodyTooLarge extends IOException {

		BodyTooLarge() {
			super("request body over the limit");
		}

	}

	/** A request whose body stream fails once more than {@code max} bytes have been read. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long max;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				ServletInputStream in = super.getInputStream();
				this.stream = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0 && ++this.read > Limited.this.max) {
							throw new BodyTooLarge();
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int off, int len) throws IOException {
						int n = in.read(buffer, off, len);
						if (n > 0 && (this.read += n) > Limited.this.max) {
							throw new BodyTooLarge();
						}
						return n;
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}

				};
			}
			return this.stream;
		}

	}

}
