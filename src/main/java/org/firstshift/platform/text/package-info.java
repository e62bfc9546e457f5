/** Text that users write and others read: Markdown rendered to sanitised HTML. */
package org.firstshift.platform.text;
