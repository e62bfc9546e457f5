/**
 * Company content as files ({@code content/<company>/*.yaml}): each module reads its own file
 * through a {@link org.firstshift.platform.content.ContentSection}; the loader checks everything
 * first (file, line, problem) and writes all or nothing.
 */
package org.firstshift.platform.content;
