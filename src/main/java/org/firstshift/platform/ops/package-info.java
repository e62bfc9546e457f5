/** Operations: the start-up banner, build information and health checks ({@code /health}). */
package org.firstshift.platform.ops;
