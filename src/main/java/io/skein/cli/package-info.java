/**
 * The command line: {@code java -jar skein.jar COMMAND ...}. Commands are picocli {@code @Command}
 * Spring beans discovered at start, so a capability adds a command by adding one class.
 */
package io.skein.cli;
